package fr.visioaccueil.charter;

import fr.visioaccueil.network.RegistryChanged;
import fr.visioaccueil.network.StaleChange;
import fr.visioaccueil.shared.Changes;
import fr.visioaccueil.shared.CurrentStaff;
import fr.visioaccueil.shared.NotFound;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The charter's commitments and the points' assessments. Every change is written to the audit log, in the same
 * transaction, through a {@link RegistryChanged} event (subject CHARTER, the point or commitment id).
 */
@Service
class Charter {

    static final String SUBJECT = "CHARTER";

    private final CharterRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Charter(CharterRepository repository, ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.events = events;
        this.clock = clock;
    }

    List<Commitment> commitments() {
        return repository.commitments();
    }

    Commitment commitment(long id) {
        return repository.commitment(id).orElseThrow(() -> new NotFound("Engagement", id));
    }

    @Transactional
    void addCommitment(Theme theme, String text) {
        long id = repository.insertCommitment(theme, text);
        publish("CREATE", id, text, Changes.of(Map.of("thème", theme.name(), "engagement", text)));
    }

    @Transactional
    void updateCommitment(long id, int version, Theme theme, String text) {
        Commitment before = commitment(id);
        if (!repository.updateCommitment(id, version, theme, text)) {
            throw new StaleChange();
        }
        publish("UPDATE", id, text, Changes.between(Map.of("thème", before.theme().name(), "engagement", before.text()),
                Map.of("thème", theme.name(), "engagement", text)));
    }

    @Transactional
    void deleteCommitment(long id) {
        Commitment commitment = commitment(id);
        repository.deleteCommitment(id);
        publish("DELETE", id, commitment.text(), "");
    }

    List<Assessment> assessments() {
        return repository.assessments();
    }

    List<Assessment> assessmentsOf(long pointId) {
        return repository.assessmentsOf(pointId);
    }

    Optional<Assessment> assessment(long pointId, long commitmentId) {
        return repository.assessment(pointId, commitmentId);
    }

    /** Saves a point's assessment of a commitment; {@code version} is null for the first one. */
    @Transactional
    void assess(long pointId, String pointName, long commitmentId, Integer version, String arrangements,
                Status status, String evidence, EvidenceFile file) {
        Commitment commitment = commitment(commitmentId);
        Optional<Assessment> before = repository.assessment(pointId, commitmentId);
        Assessment after = new Assessment(pointId, commitmentId, arrangements, status, evidence,
                null, LocalDate.now(clock), 0);
        if (!repository.save(after, version)) {
            throw new StaleChange();
        }
        if (file != null) {
            repository.saveFile(pointId, commitmentId, file);
        }
        Map<String, Object> now = snapshot(after, file);
        publish("UPDATE", pointId, pointName + " — " + commitment.text(),
                before.map(b -> Changes.between(snapshot(b, null), now)).orElseGet(() -> Changes.of(now)));
    }

    Optional<EvidenceFile> file(long pointId, long commitmentId) {
        return repository.file(pointId, commitmentId);
    }

    private static Map<String, Object> snapshot(Assessment assessment, EvidenceFile file) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("modalités", assessment.arrangements());
        values.put("statut", assessment.status().name());
        values.put("preuve", assessment.evidence());
        if (file != null) {
            values.put("fichier", file.fileName());
        }
        return values;
    }

    private void publish(String action, long id, String summary, String changes) {
        events.publishEvent(new RegistryChanged(CurrentStaff.actorName(), action, SUBJECT, id, summary, changes));
    }
}
