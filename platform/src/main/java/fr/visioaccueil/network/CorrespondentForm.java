package fr.visioaccueil.network;

import static fr.visioaccueil.network.PointForm.text;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The organisation's contact for the network, as its correspondent keeps it up to date. */
record CorrespondentForm(
        int version,
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size}")
        String correspondentName,
        @NotBlank(message = "{validation.required}") @Email(message = "{validation.email}")
        @Size(max = 120, message = "{validation.size}") String correspondentEmail,
        @Pattern(regexp = FormPatterns.PHONE, message = "{validation.phone}") String correspondentPhone) {

    static CorrespondentForm of(Organisation organisation) {
        OrganisationDetails d = organisation.details();
        return new CorrespondentForm(organisation.getVersion(), d.correspondentName(), d.correspondentEmail(),
                d.correspondentPhone());
    }

    OrganisationDetails applyTo(Organisation organisation) {
        return organisation.details().withCorrespondent(correspondentName.strip(), correspondentEmail.strip(),
                text(correspondentPhone));
    }
}
