package fr.visioaccueil.browser;

/** One demo account per role, from the demo network of the Lot loaded into every {@code @PlatformTest}. */
public enum DemoStaff {
    COORDINATOR("coordination@espap46.example"),
    MEDIATOR("claire.lafon@espap46.example"),
    PARTNER_AGENT("agent.caf@espap46.example"),
    PARTNER_CORRESPONDENT("correspondant.caf@espap46.example");

    public static final String PASSWORD = "visio-demo-2009";

    private final String email;

    DemoStaff(String email) {
        this.email = email;
    }

    public String email() {
        return email;
    }
}
