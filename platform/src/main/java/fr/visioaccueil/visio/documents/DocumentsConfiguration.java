package fr.visioaccueil.visio.documents;

import fr.visioaccueil.shared.DatabaseProperties;
import jakarta.servlet.MultipartConfigElement;
import java.nio.file.Path;
import javax.crypto.SecretKey;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The cipher under its key, and a start-up check that the multipart limits let the documents' limit through. */
@Configuration(proxyBeanMethods = false)
class DocumentsConfiguration {

    static final String KEY_FILE = "documents.key";

    /** A smaller multipart limit would refuse allowed documents with the container's words instead of ours. */
    DocumentsConfiguration(DocumentsProperties properties, ObjectProvider<MultipartConfigElement> multipart) {
        MultipartConfigElement limits = multipart.getIfAvailable();
        long max = properties.maxSize().toBytes();
        if (limits != null && (tooSmall(limits.getMaxFileSize(), max) || tooSmall(limits.getMaxRequestSize(), max))) {
            throw new IllegalStateException("spring.servlet.multipart.max-file-size and max-request-size must be at "
                    + "least visio.documents.max-size (" + properties.maxSize() + ")");
        }
    }

    @Bean
    DocumentCipher documentCipher(DocumentsProperties properties, DatabaseProperties database) {
        return new DocumentCipher(key(properties, database));
    }

    /**
     * With a key set, that key; with the embedded database, a key file beside its data folder ({@code data/});
     * with a throw-away test database, a key as short-lived as the data. An external database without a key set
     * also gets a key file under {@code data/}: with several nodes, set the same key on every node instead.
     */
    static SecretKey key(DocumentsProperties properties, DatabaseProperties database) {
        if (!properties.key().isBlank()) {
            return DocumentKeys.fromSetting(properties.key());
        }
        if (!database.persistent() && database.url().isBlank()) {
            return DocumentKeys.ephemeral();
        }
        Path data = Path.of(database.directory()).toAbsolutePath().getParent();
        return DocumentKeys.fromFile(data.resolve(KEY_FILE));
    }

    private static boolean tooSmall(long limit, long max) {
        return limit >= 0 && limit < max;
    }
}
