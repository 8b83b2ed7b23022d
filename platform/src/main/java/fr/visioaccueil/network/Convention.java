package fr.visioaccueil.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The convention (<i>convention de partenariat</i>) binding one organisation to one point: the services it
 * offers there, when it is present on site or by visio, the equipment provided and its named correspondent.
 */
@Table("convention")
public class Convention {

    @Id
    private Long id;
    private Long pointId;
    private Long organisationId;
    private String services;
    private String equipment;
    private String correspondentName;
    private String correspondentEmail;
    private LocalDate startsOn;
    private LocalDate endsOn;
    @MappedCollection(idColumn = "convention", keyColumn = "convention_key")
    private List<Presence> presences = new ArrayList<>();
    @Version
    private Integer version;

    @PersistenceCreator
    Convention() {
    }

    public static Convention create(ConventionTerms terms) {
        Convention convention = new Convention();
        convention.update(terms);
        return convention;
    }

    /** Replaces the terms; refuses an end before the start and overlapping presence ranges. */
    public void update(ConventionTerms terms) {
        if (terms.endsOn() != null && terms.endsOn().isBefore(terms.startsOn())) {
            throw new InvalidChange("endsOn", "convention.endBeforeStart");
        }
        new WeeklySchedule(terms.presences()).firstOverlap().ifPresent(pair -> {
            throw WeeklySchedule.overlap("presences", pair.get(0), pair.get(1));
        });
        pointId = terms.pointId();
        organisationId = terms.organisationId();
        services = terms.services();
        equipment = terms.equipment();
        correspondentName = terms.correspondentName();
        correspondentEmail = terms.correspondentEmail();
        startsOn = terms.startsOn();
        endsOn = terms.endsOn();
        presences = new ArrayList<>(terms.presences().stream()
                .sorted(Comparator.comparingInt(Presence::day).thenComparing(Presence::opens)).toList());
    }

    /** In force on that day: started, and not yet ended. */
    public boolean isCurrentOn(LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
    }

    public ConventionTerms terms() {
        return new ConventionTerms(pointId, organisationId, services, equipment, correspondentName,
                correspondentEmail, startsOn, endsOn, List.copyOf(presences));
    }

    public Long getId() {
        return id;
    }

    public Long getPointId() {
        return pointId;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public List<Presence> getPresences() {
        return List.copyOf(presences);
    }

    public Integer getVersion() {
        return version;
    }
}
