package fr.visioaccueil.visio.documents;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the documents exchanged in an interview.
 *
 * @param maxSize largest file accepted (the multipart limits must let at least this much through)
 * @param key base64 of the 32-byte AES key; empty: a key file beside the embedded database's data
 * @param retention documents are deleted this long after their interview ended
 * @param abandonedAfter an interview still running this long after a document's upload is taken as abandoned
 *                       (pages closed without hanging up): its document is deleted a retention later
 * @param purgeInterval how often the purge runs
 */
@ConfigurationProperties("visio.documents")
public record DocumentsProperties(
        @DefaultValue("10MB") DataSize maxSize,
        @DefaultValue("") String key,
        @DefaultValue("24h") Duration retention,
        @DefaultValue("12h") Duration abandonedAfter,
        @DefaultValue("15m") Duration purgeInterval) {

    /** The limit in whole megabytes, as the refusal message says it. */
    long maxMegabytes() {
        return Math.max(1, maxSize.toMegabytes());
    }
}
