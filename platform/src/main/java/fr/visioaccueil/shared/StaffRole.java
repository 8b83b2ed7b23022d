package fr.visioaccueil.shared;

/** The four kinds of staff; citizens have no account. */
public enum StaffRole {
    COORDINATOR, MEDIATOR, PARTNER_AGENT, PARTNER_CORRESPONDENT;

    public boolean isPartner() {
        return this == PARTNER_AGENT || this == PARTNER_CORRESPONDENT;
    }

    /** The Spring Security authority name, e.g. {@code ROLE_COORDINATOR}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
