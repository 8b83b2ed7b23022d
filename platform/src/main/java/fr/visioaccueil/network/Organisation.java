package fr.visioaccueil.network;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A partner organisation (<i>organisme partenaire</i>) such as the CAF or the Mission Locale. */
@Table("organisation")
public class Organisation {

    @Id
    private Long id;
    private String name;
    private String shortName;
    private OrganisationCategory category;
    private NationalOperator nationalOperator;
    private String correspondentName;
    private String correspondentEmail;
    private String correspondentPhone;
    private String website;
    @Version
    private Integer version;

    @PersistenceCreator
    Organisation() {
    }

    public static Organisation create(OrganisationDetails details) {
        Organisation organisation = new Organisation();
        organisation.update(details);
        return organisation;
    }

    public void update(OrganisationDetails details) {
        name = details.name();
        shortName = details.shortName();
        category = details.category();
        nationalOperator = details.nationalOperator();
        correspondentName = details.correspondentName();
        correspondentEmail = details.correspondentEmail();
        correspondentPhone = details.correspondentPhone();
        website = details.website();
    }

    public OrganisationDetails details() {
        return new OrganisationDetails(name, shortName, category, nationalOperator, correspondentName,
                correspondentEmail, correspondentPhone, website);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getShortName() {
        return shortName;
    }

    public OrganisationCategory getCategory() {
        return category;
    }

    public NationalOperator getNationalOperator() {
        return nationalOperator;
    }

    public Integer getVersion() {
        return version;
    }
}
