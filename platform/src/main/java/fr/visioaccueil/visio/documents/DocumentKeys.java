package fr.visioaccueil.visio.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the documents' key comes from: the setting, else a key file drawn at the first start and readable by its
 * owner only. Never the database: a dump of it must reveal nothing without the key.
 */
final class DocumentKeys {

    static final int KEY_BYTES = 32;
    private static final Logger log = LoggerFactory.getLogger(DocumentKeys.class);

    private DocumentKeys() {
    }

    static SecretKey fromSetting(String base64) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("visio.documents.key must be base64 (of 32 bytes)", notBase64);
        }
        return aes(key, "visio.documents.key must be the base64 of 32 bytes, not " + key.length);
    }

    /** Reads the key file, or creates it (owner read/write only) when there is none yet. */
    static SecretKey fromFile(Path file) {
        try {
            if (Files.notExists(file)) {
                create(file);
            }
            return aes(Files.readAllBytes(file), "the key file " + file + " must hold exactly 32 bytes");
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Clé des documents illisible : " + file, unreadable);
        }
    }

    /** For a throw-away database: the key lives exactly as long as the data it protects. */
    static SecretKey ephemeral() {
        return new SecretKeySpec(random(), "AES");
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path fresh = Files.createTempFile(file.toAbsolutePath().getParent(), ".documents", ".key");
        try {
            if (Files.getFileStore(fresh).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(fresh, PosixFilePermissions.fromString("rw-------"));
            }
            Files.write(fresh, random());
            // two nodes starting together on one folder: the first link wins and both read it back
            Files.createLink(file, fresh);
            log.info("Clé des documents créée : {} (à sauvegarder à part de la base)", file.toAbsolutePath());
        } catch (FileAlreadyExistsException createdMeanwhile) {
            log.debug("Clé des documents créée en parallèle : {}", file);
        } finally {
            Files.deleteIfExists(fresh);
        }
    }

    private static byte[] random() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return key;
    }

    private static SecretKey aes(byte[] key, String problem) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException(problem);
        }
        return new SecretKeySpec(key, "AES");
    }
}
