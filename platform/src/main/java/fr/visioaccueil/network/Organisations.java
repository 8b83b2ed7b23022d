package fr.visioaccueil.network;

import fr.visioaccueil.shared.NotFound;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes the partner organisations. */
@Service
public class Organisations {

    /** The citizen's booking page names the organisations serving a point at each step. */
    private final RegistryCache<Long, Organisation> shown = new RegistryCache<>("ORGANISATION");
    private final OrganisationRepository organisations;
    private final ConventionRepository conventions;
    private final OrganisationLogos logos;
    private final RegistryEvents events;

    Organisations(OrganisationRepository organisations, ConventionRepository conventions, OrganisationLogos logos,
                  RegistryEvents events) {
        this.organisations = organisations;
        this.conventions = conventions;
        this.logos = logos;
        this.events = events;
    }

    public List<Organisation> all() {
        return organisations.findAllByOrderByName();
    }

    public Optional<Organisation> find(long id) {
        return organisations.findById(id);
    }

    public Organisation get(long id) {
        return organisations.findById(id).orElseThrow(() -> new NotFound("Organisme", id));
    }

    /** A shared copy, kept until the organisation changes: read it, never change it (change through this service). */
    public Organisation shown(long id) {
        return shown.find(id, () -> organisations.findById(id)).orElseThrow(() -> new NotFound("Organisme", id));
    }

    @EventListener
    void on(RegistryChanged change) {
        shown.evictAfterCommit(change);
    }

    @Transactional
    public Organisation create(OrganisationDetails details) {
        if (organisations.existsByNameIgnoreCase(details.name())) {
            throw new InvalidChange("name", "organisation.name.taken");
        }
        Organisation saved = organisations.save(Organisation.create(details));
        events.created("ORGANISATION", saved.getId(), saved.getName(), details.asMap());
        return saved;
    }

    @Transactional
    public Organisation update(long id, int expectedVersion, OrganisationDetails details) {
        Organisation organisation = get(id);
        if (organisation.getVersion() != expectedVersion) {
            throw new StaleChange();
        }
        if (organisations.existsByNameIgnoreCaseAndIdNot(details.name(), id)) {
            throw new InvalidChange("name", "organisation.name.taken");
        }
        Map<String, Object> before = organisation.details().asMap();
        organisation.update(details);
        Organisation saved = organisations.save(organisation);
        events.updated("ORGANISATION", id, saved.getName(), before, details.asMap());
        return saved;
    }

    @Transactional
    public void replaceLogo(long id, Logo logo) {
        Organisation organisation = get(id);
        logos.save(id, logo);
        events.updated("ORGANISATION", id, organisation.getName(), Map.of(), Map.of("logo", logo.contentType()));
    }

    public Optional<Logo> logo(long id) {
        return logos.find(id);
    }

    /** Refuses to delete an organisation that conventions bind to a point or that partner accounts belong to. */
    @Transactional
    public void delete(long id) {
        Organisation organisation = get(id);
        if (conventions.existsByOrganisationId(id)) {
            throw new InvalidChange("organisation", "organisation.delete.conventions");
        }
        try {
            organisations.delete(organisation);
        } catch (DataIntegrityViolationException referenced) {
            throw new InvalidChange("organisation", "organisation.delete.staff");
        }
        events.deleted("ORGANISATION", id, organisation.getName());
    }
}
