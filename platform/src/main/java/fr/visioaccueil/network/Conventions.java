package fr.visioaccueil.network;

import fr.visioaccueil.shared.NotFound;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes the conventions between points and organisations, and their signed documents. */
@Service
public class Conventions {

    private final ConventionRepository conventions;
    private final PointRepository points;
    private final OrganisationRepository organisations;
    private final ConventionDocuments documents;
    private final RegistryEvents events;

    Conventions(ConventionRepository conventions, PointRepository points, OrganisationRepository organisations,
                ConventionDocuments documents, RegistryEvents events) {
        this.conventions = conventions;
        this.points = points;
        this.organisations = organisations;
        this.documents = documents;
        this.events = events;
    }

    public List<Convention> all() {
        return conventions.findAll();
    }

    public List<Convention> ofPoint(long pointId) {
        return conventions.findByPointId(pointId);
    }

    public List<Convention> ofOrganisation(long organisationId) {
        return conventions.findByOrganisationId(organisationId);
    }

    /** Conventions in force on that day at that point. */
    public List<Convention> currentAt(long pointId, LocalDate day) {
        return ofPoint(pointId).stream().filter(convention -> convention.isCurrentOn(day)).toList();
    }

    public Convention get(long id) {
        return conventions.findById(id).orElseThrow(() -> new NotFound("Convention", id));
    }

    @Transactional
    public Convention create(ConventionTerms terms) {
        return create(terms, null);
    }

    /** Creates the convention and attaches its signed document (when given) in one go: both or neither. */
    @Transactional
    public Convention create(ConventionTerms terms, SignedDocument document) {
        checkReferences(terms);
        Convention saved = conventions.save(Convention.create(terms));
        events.created("CONVENTION", saved.getId(), describe(terms), terms.asMap());
        attachIfGiven(saved.getId(), document);
        return saved;
    }

    @Transactional
    public Convention update(long id, int expectedVersion, ConventionTerms terms) {
        return update(id, expectedVersion, terms, null);
    }

    /** Replaces the terms and, when given (not null), the signed document, in one go: both or neither. */
    @Transactional
    public Convention update(long id, int expectedVersion, ConventionTerms terms, SignedDocument document) {
        Convention convention = get(id);
        if (convention.getVersion() != expectedVersion) {
            throw new StaleChange();
        }
        checkReferences(terms);
        Map<String, Object> before = convention.terms().asMap();
        convention.update(terms);
        Convention saved = conventions.save(convention);
        events.updated("CONVENTION", id, describe(terms), before, terms.asMap());
        attachIfGiven(id, document);
        return saved;
    }

    @Transactional
    public void attachDocument(long id, SignedDocument document) {
        Convention convention = get(id);
        documents.save(id, document);
        events.updated("CONVENTION", id, describe(convention.terms()), Map.of(),
                Map.of("document signé", document.fileName()));
    }

    private void attachIfGiven(long id, SignedDocument document) {
        if (document != null) {
            attachDocument(id, document);
        }
    }

    public Optional<SignedDocument> document(long id) {
        return documents.find(id);
    }

    /** The conventions whose signed document is attached, without loading any document. */
    public Set<Long> withDocument() {
        return documents.conventionsWithDocument();
    }

    public boolean hasDocument(long id) {
        return documents.exists(id);
    }

    @Transactional
    public void delete(long id) {
        Convention convention = get(id);
        conventions.delete(convention);
        events.deleted("CONVENTION", id, describe(convention.terms()));
    }

    private void checkReferences(ConventionTerms terms) {
        if (!points.existsById(terms.pointId())) {
            throw new InvalidChange("pointId", "convention.point.unknown");
        }
        if (!organisations.existsById(terms.organisationId())) {
            throw new InvalidChange("organisationId", "convention.organisation.unknown");
        }
    }

    private String describe(ConventionTerms terms) {
        String point = points.findById(terms.pointId()).map(Point::getName).orElse("?");
        String organisation = organisations.findById(terms.organisationId()).map(Organisation::getShortName).orElse("?");
        return organisation + " à " + point;
    }
}
