package fr.visioaccueil.visio.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.visioaccueil.SampleFiles;
import jakarta.servlet.MultipartConfigElement;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.util.unit.DataSize;

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
        DocumentRefused tooLarge = UploadRules.tooLarge(properties(10));
        assertThat(tooLarge.status().value()).isEqualTo(413);
        assertThat(tooLarge.arguments()).containsExactly(10L);
        assertThatThrownBy(() -> DocumentType.ofMediaType("text/html")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theStartStopsWhenTheMultipartLimitIsBelowTheDocumentsLimit() {
        assertThatThrownBy(() -> new DocumentsConfiguration(properties(20), multipart(10, 11)))
                .hasMessageContaining("visio.documents.max-size");
        assertThatThrownBy(() -> new DocumentsConfiguration(properties(10), multipart(10, 5)))
                .hasMessageContaining("max-request-size");
        new DocumentsConfiguration(properties(10), multipart(10, 11));
        new DocumentsConfiguration(properties(10), multipart(-1, -1));
    }

    static DocumentsProperties properties(long megabytes) {
        return new DocumentsProperties(DataSize.ofMegabytes(megabytes), "", Duration.ofHours(24), Duration.ofHours(12),
                Duration.ofMinutes(15));
    }

    private static ObjectProvider<MultipartConfigElement> multipart(long fileMegabytes, long requestMegabytes) {
        long mb = 1024 * 1024;
        var element = new MultipartConfigElement("", fileMegabytes < 0 ? -1 : fileMegabytes * mb,
                requestMegabytes < 0 ? -1 : requestMegabytes * mb, 0);
        return new StaticListableBeanFactory(Map.of("multipart", element)).getBeanProvider(MultipartConfigElement.class);
    }
}
