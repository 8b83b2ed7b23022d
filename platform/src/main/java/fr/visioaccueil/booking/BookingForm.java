package fr.visioaccueil.booking;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The last step of a booking: the chosen slot and the citizen; the phone is checked as a French number.
 * <p>
 * A bean bound through its setters, not a record: Spring binds a record through its constructor and, for each
 * component, parses the constructor's parameter annotations again at each request (to compare the conversions'
 * types), a tenth of the server's CPU for a booking posted by the citizen's page.
 */
class BookingForm {

    @NotNull(message = "{validation.required}")
    private Long organisationId;
    @NotNull(message = "{validation.required}")
    private Long motifId;
    @NotBlank(message = "{booking.validation.slot}")
    private String slot;
    @NotBlank(message = "{validation.required}")
    @Size(max = 120, message = "{validation.size}")
    private String citizenName;
    @Pattern(regexp = "\\s*([^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+)?\\s*", message = "{booking.validation.email}")
    @Size(max = 120, message = "{validation.size}")
    private String email;
    @Size(max = 20, message = "{booking.validation.phone}")
    private String phone;

    static BookingForm start(Long organisationId, Long motifId) {
        BookingForm form = new BookingForm();
        form.setOrganisationId(organisationId);
        form.setMotifId(motifId);
        form.setSlot("");
        form.setCitizenName("");
        form.setEmail("");
        form.setPhone("");
        return form;
    }

    Citizen citizen() {
        return new Citizen(citizenName, email, phone);
    }

    boolean hasContact() {
        return (email != null && !email.isBlank()) || (phone != null && !phone.isBlank());
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public Long getMotifId() {
        return motifId;
    }

    public void setMotifId(Long motifId) {
        this.motifId = motifId;
    }

    public String getSlot() {
        return slot;
    }

    public void setSlot(String slot) {
        this.slot = slot;
    }

    public String getCitizenName() {
        return citizenName;
    }

    public void setCitizenName(String citizenName) {
        this.citizenName = citizenName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
