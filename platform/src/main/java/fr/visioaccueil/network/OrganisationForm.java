package fr.visioaccueil.network;

import static fr.visioaccueil.network.PointForm.text;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A partner organisation's facts as typed by the coordinator. */
record OrganisationForm(
        int version,
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size}") String name,
        @NotBlank(message = "{validation.required}") @Size(max = 30, message = "{validation.size}") String shortName,
        @NotNull(message = "{validation.required}") OrganisationCategory category,
        NationalOperator nationalOperator,
        @Size(max = 120, message = "{validation.size}") String correspondentName,
        @Email(message = "{validation.email}") @Size(max = 120, message = "{validation.size}")
        String correspondentEmail,
        @Pattern(regexp = FormPatterns.PHONE, message = "{validation.phone}") String correspondentPhone,
        @Pattern(regexp = FormPatterns.WEB_ADDRESS, message = "{validation.website}")
        @Size(max = 200, message = "{validation.size}") String website) {

    static OrganisationForm empty() {
        return new OrganisationForm(0, "", "", null, null, "", "", "", "");
    }

    static OrganisationForm of(Organisation organisation) {
        OrganisationDetails d = organisation.details();
        return new OrganisationForm(organisation.getVersion(), d.name(), d.shortName(), d.category(),
                d.nationalOperator(), d.correspondentName(), d.correspondentEmail(), d.correspondentPhone(),
                d.website());
    }

    OrganisationDetails toDetails() {
        return new OrganisationDetails(name.strip(), shortName.strip(), category, nationalOperator,
                text(correspondentName), text(correspondentEmail), text(correspondentPhone), text(website));
    }
}
