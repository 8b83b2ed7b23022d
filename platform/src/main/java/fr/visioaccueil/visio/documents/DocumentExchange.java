package fr.visioaccueil.visio.documents;

import fr.visioaccueil.shared.AccessDeniedToResource;
import fr.visioaccueil.shared.NotFound;
import fr.visioaccueil.shared.StaffMember;
import fr.visioaccueil.visio.Interview;
import fr.visioaccueil.visio.Interviews;
import fr.visioaccueil.visio.RoomAccess;
import fr.visioaccueil.visio.Side;
import fr.visioaccueil.visio.documents.DocumentCipher.Binding;
import fr.visioaccueil.visio.signaling.RoomNotice;
import fr.visioaccueil.visio.signaling.RoomNotices;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sending, listing and opening an interview's documents, for its two sides only. Each upload and download is
 * logged in the transaction that does it; each refusal is logged on its own, since nothing else is written then.
 */
@Service
class DocumentExchange {

    static final String NOT_A_SIDE = "visio.documents.refused.notSide";
    static final String UNKNOWN = "visio.documents.refused.unknown";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Interviews interviews;
    private final StoredDocuments documents;
    private final DocumentAccessLog log;
    private final DocumentCipher cipher;
    private final DocumentsProperties properties;
    private final RoomNotices notices;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DocumentExchange(Interviews interviews, StoredDocuments documents, DocumentAccessLog log, DocumentCipher cipher,
                     DocumentsProperties properties, RoomNotices notices, TransactionTemplate transaction,
                     Clock clock) {
        this.interviews = interviews;
        this.documents = documents;
        this.log = log;
        this.cipher = cipher;
        this.properties = properties;
        this.notices = notices;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Stores the file sealed, then tells the other side's page at once. */
    DocumentInfo upload(long interviewId, StaffMember member, String originalName, byte[] content) {
        return refusalsLogged(interviewId, null, member, () -> {
            Interview interview = interview(interviewId);
            Side side = sideOf(interview, member);
            DocumentType type = UploadRules.check(interview, side, content, properties);
            String name = FileNames.sanitise(originalName, type);
            StoredDocument stored = sealed(interviewId, side, member, name, type, content);
            transaction.executeWithoutResult(status -> {
                documents.insert(stored);
                log.record(stored.id(), interviewId, member, DocumentAction.UPLOADED, type.name(), stored.uploadedAt());
            });
            DocumentInfo info = info(stored, name);
            notices.tell(interviewId, side.other(), new RoomNotice.DocumentShared(info.id().toString(), name,
                    info.mediaType(), info.size(), side, info.time()));
            return info;
        });
    }

    List<DocumentInfo> list(long interviewId, StaffMember member) {
        return refusalsLogged(interviewId, null, member, () -> {
            sideOf(interview(interviewId), member);
            return documents.ofInterview(interviewId).stream().map(stored -> info(stored, name(stored))).toList();
        });
    }

    Download download(long interviewId, UUID documentId, StaffMember member) {
        return refusalsLogged(interviewId, documentId, member, () -> {
            sideOf(interview(interviewId), member);
            return transaction.execute(status -> {
                StoredDocument stored = documents.find(documentId).filter(found -> found.interviewId() == interviewId)
                        .orElseThrow(() -> new DocumentRefused(HttpStatus.NOT_FOUND, UNKNOWN));
                log.record(documentId, interviewId, member, DocumentAction.DOWNLOADED, "", clock.instant());
                return new Download(name(stored), stored.type(),
                        cipher.open(stored.sealedContent(), Binding.contentOf(interviewId, documentId)));
            });
        });
    }

    /** The container refused a file over the multipart limit before any of our code ran: log it all the same. */
    DocumentRefused refusedAsTooLarge(Long interviewId, StaffMember member) {
        DocumentRefused refused = UploadRules.tooLarge(properties);
        log.record(null, interviewId, member, DocumentAction.REFUSED, refused.messageKey(), clock.instant());
        return refused;
    }

    private <T> T refusalsLogged(long interviewId, UUID documentId, StaffMember member, Supplier<T> operation) {
        try {
            return operation.get();
        } catch (DocumentRefused refused) {
            log.record(documentId, interviewId, member, DocumentAction.REFUSED, refused.messageKey(), clock.instant());
            throw refused;
        }
    }

    private Interview interview(long interviewId) {
        try {
            return interviews.get(interviewId);
        } catch (NotFound unknown) {
            throw new DocumentRefused(HttpStatus.NOT_FOUND, UNKNOWN);
        }
    }

    private static Side sideOf(Interview interview, StaffMember member) {
        try {
            return RoomAccess.sideOf(interview, member);
        } catch (AccessDeniedToResource stranger) {
            throw new DocumentRefused(HttpStatus.FORBIDDEN, NOT_A_SIDE);
        }
    }

    private StoredDocument sealed(long interviewId, Side side, StaffMember member, String name, DocumentType type,
                                  byte[] content) {
        UUID id = UUID.randomUUID();
        byte[] sealedName = cipher.seal(name.getBytes(StandardCharsets.UTF_8), Binding.nameOf(interviewId, id));
        byte[] sealedContent = cipher.seal(content, Binding.contentOf(interviewId, id));
        return new StoredDocument(id, interviewId, side, member.accountId(), type, content.length, sealedName,
                sealedContent, clock.instant());
    }

    private String name(StoredDocument stored) {
        return new String(cipher.open(stored.sealedName(), Binding.nameOf(stored.interviewId(), stored.id())),
                StandardCharsets.UTF_8);
    }

    private DocumentInfo info(StoredDocument stored, String name) {
        return new DocumentInfo(stored.id(), name, stored.type().mediaType(), stored.size(), stored.side(),
                TIME.format(stored.uploadedAt().atZone(clock.getZone())));
    }
}
