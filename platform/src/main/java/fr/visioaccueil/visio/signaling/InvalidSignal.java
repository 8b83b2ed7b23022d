package fr.visioaccueil.visio.signaling;

/** A message refused before it reaches the other side; the code names the reason for the sender's page. */
class InvalidSignal extends Exception {

    private final String code;

    InvalidSignal(String code, String detail) {
        super(detail, null, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }
}
