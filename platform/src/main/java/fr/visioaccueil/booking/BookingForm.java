package fr.visioaccueil.booking;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The last step of a booking: the chosen slot and the citizen; the phone is checked as a French number. */
record BookingForm(
        @NotNull(message = "{validation.required}") Long organisationId,
        @NotNull(message = "{validation.required}") Long motifId,
        @NotBlank(message = "{booking.validation.slot}") String slot,
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.size}") String citizenName,
        @Pattern(regexp = "\\s*([^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+)?\\s*", message = "{booking.validation.email}")
        @Size(max = 120, message = "{validation.size}") String email,
        @Size(max = 20, message = "{booking.validation.phone}") String phone) {

    static BookingForm start(Long organisationId, Long motifId) {
        return new BookingForm(organisationId, motifId, "", "", "", "");
    }

    Citizen citizen() {
        return new Citizen(citizenName, email, phone);
    }

    boolean hasContact() {
        return (email != null && !email.isBlank()) || (phone != null && !phone.isBlank());
    }
}
