package fr.visioaccueil.visio.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.visioaccueil.SampleFiles;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The type comes from the first bytes, never the name; names are made safe to show and to send back. */
class UploadRulesTest {

    @Test
    void theTypeIsReadFromTheContentOnly() {
        assertThat(DocumentType.sniff(SampleFiles.pdf("attestation"))).contains(DocumentType.PDF);
        assertThat(DocumentType.sniff(SampleFiles.png())).contains(DocumentType.PNG);
        assertThat(DocumentType.sniff(SampleFiles.jpeg())).contains(DocumentType.JPEG);
        assertThat(DocumentType.sniff("Bonjour, ceci n’est pas un PDF".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(DocumentType.sniff("<html>%PDF-1.4".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(DocumentType.sniff(new byte[] {'%', 'P'})).isEmpty();
        assertThat(DocumentType.sniff(Arrays.copyOf(SampleFiles.png(), 7))).as("a truncated PNG signature").isEmpty();
    }

    @Test
    void namesLoseFoldersControlCharactersAndLength() {
        assertThat(FileNames.sanitise("C:\\Users\\claire\\Bureau\\avis d’impôt.pdf", DocumentType.PDF))
                .isEqualTo("avis d’impôt.pdf");
        assertThat(FileNames.sanitise("../../etc/passwd", DocumentType.PDF)).isEqualTo("passwd");
        assertThat(FileNames.sanitise("facture\r\n\u0000\u202Efdp.exe.pdf", DocumentType.PDF))
                .isEqualTo("facturefdp.exe.pdf");
        assertThat(FileNames.sanitise("a\"b;c.png", DocumentType.PNG)).isEqualTo("a_b_c.png");
        assertThat(FileNames.sanitise("  ", DocumentType.JPEG)).isEqualTo("document.jpg");
        assertThat(FileNames.sanitise(null, DocumentType.PDF)).isEqualTo("document.pdf");
        assertThat(FileNames.sanitise(".htaccess", DocumentType.PNG)).isEqualTo("htaccess");
        String shortened = FileNames.sanitise("x".repeat(300) + ".pdf", DocumentType.PDF);
        assertThat(shortened).hasSize(FileNames.MAX).endsWith("….pdf").startsWith("xxx");
    }

    @Test
    void theRefusalsCarryTheirStatusAndMessage() {
        DocumentsProperties properties = new DocumentsProperties(org.springframework.util.unit.DataSize.ofMegabytes(10),
                "", java.time.Duration.ofHours(24), java.time.Duration.ofHours(12), java.time.Duration.ofMinutes(15));
        DocumentRefused tooLarge = UploadRules.tooLarge(properties);
        assertThat(tooLarge.status().value()).isEqualTo(413);
        assertThat(tooLarge.arguments()).containsExactly(10L);
        assertThatThrownBy(() -> DocumentType.ofMediaType("text/html")).isInstanceOf(IllegalArgumentException.class);
    }
}
