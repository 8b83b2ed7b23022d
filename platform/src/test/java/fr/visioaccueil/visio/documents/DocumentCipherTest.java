package fr.visioaccueil.visio.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.visioaccueil.shared.DatabaseProperties;
import fr.visioaccueil.visio.documents.DocumentCipher.Binding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AES-256-GCM with a nonce per seal, bound to the interview and the part; the key from the setting or its file. */
class DocumentCipherTest {

    private static final byte[] SECRET = "Numéro fiscal 1234567890123, né le 01/02/1960".getBytes(StandardCharsets.UTF_8);
    private final DocumentCipher cipher = new DocumentCipher(DocumentKeys.ephemeral());
    private final UUID document = UUID.randomUUID();
    private final Binding binding = new Binding(42, document, "content");

    @Test
    void aSealedValueOpensOnlyWithItsKeyAndItsBinding() {
        byte[] sealed = cipher.seal(SECRET, binding);
        assertThat(cipher.open(sealed, binding)).isEqualTo(SECRET);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("1234567890123");
        assertThat(sealed).hasSize(12 + SECRET.length + 16);

        assertThatThrownBy(() -> cipher.open(sealed, new Binding(43, document, "content")))
                .as("moved to another interview").isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.open(sealed, new Binding(42, document, "name")))
                .as("swapped with the name").isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new DocumentCipher(DocumentKeys.ephemeral()).open(sealed, binding))
                .as("another key").isInstanceOf(IllegalStateException.class);
        sealed[20] ^= 1;
        assertThatThrownBy(() -> cipher.open(sealed, binding)).as("altered").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void everySealDrawsAFreshNonce() {
        byte[] first = cipher.seal(SECRET, binding);
        byte[] second = cipher.seal(SECRET, binding);
        assertThat(java.util.Arrays.copyOf(first, 12)).isNotEqualTo(java.util.Arrays.copyOf(second, 12));
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void theKeyFileIsDrawnOnceAndReadableByItsOwnerOnly(@TempDir Path data) throws Exception {
        Path file = data.resolve("sub").resolve(DocumentsConfiguration.KEY_FILE);
        byte[] sealed = new DocumentCipher(DocumentKeys.fromFile(file)).seal(SECRET, binding);
        assertThat(Files.size(file)).isEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(new DocumentCipher(DocumentKeys.fromFile(file)).open(sealed, binding)).as("after a restart")
                .isEqualTo(SECRET);
        try (var files = Files.list(file.getParent())) {
            assertThat(files).as("no temporary file left").containsExactly(file);
        }
    }

    @Test
    void withoutAKeySetTheKeyFileLivesBesideTheEmbeddedDatabasesFolder(@TempDir Path data) {
        DocumentsProperties noKey = UploadRulesTest.properties(10);
        var embedded = new DatabaseProperties(data.resolve("postgres").toString(), true, 0, "");
        byte[] key = DocumentsConfiguration.key(noKey, embedded).getEncoded();
        assertThat(data.resolve(DocumentsConfiguration.KEY_FILE)).exists();
        assertThat(DocumentsConfiguration.key(noKey, embedded).getEncoded()).isEqualTo(key);
        var throwAway = new DatabaseProperties(data.resolve("other").toString(), false, 0, "");
        assertThat(DocumentsConfiguration.key(noKey, throwAway).getEncoded()).isNotEqualTo(key);
        assertThat(data.resolve("other")).doesNotExist();
    }

    @Test
    void aKeyFromTheSettingMustBeThirtyTwoBytesOfBase64(@TempDir Path data) throws Exception {
        byte[] key = new byte[32];
        key[0] = 7;
        Files.write(data.resolve("short.key"), new byte[16]);
        assertThat(DocumentKeys.fromSetting(Base64.getEncoder().encodeToString(key)).getEncoded()).isEqualTo(key);
        assertThatThrownBy(() -> DocumentKeys.fromSetting(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> DocumentKeys.fromSetting("pas du base64 !")).hasMessageContaining("base64");
        assertThatThrownBy(() -> DocumentKeys.fromFile(data.resolve("short.key"))).hasMessageContaining("32 bytes");
    }
}
