package fr.visioaccueil.identity;

import org.springframework.http.HttpStatus;

/** Whether a one-time link may still be used, and for which account. */
record TokenCheck(Status status, StaffAccount account) {

    static final TokenCheck UNKNOWN = new TokenCheck(Status.UNKNOWN, null);
    static final TokenCheck USED = new TokenCheck(Status.USED, null);
    static final TokenCheck EXPIRED = new TokenCheck(Status.EXPIRED, null);

    static TokenCheck valid(StaffAccount account) {
        return new TokenCheck(Status.VALID, account);
    }

    boolean isValid() {
        return status == Status.VALID;
    }

    /** A used or expired link is gone for good; a link never issued was not found. */
    enum Status {
        VALID(HttpStatus.OK), UNKNOWN(HttpStatus.NOT_FOUND), USED(HttpStatus.GONE), EXPIRED(HttpStatus.GONE);

        private final HttpStatus httpStatus;

        Status(HttpStatus httpStatus) {
            this.httpStatus = httpStatus;
        }

        HttpStatus httpStatus() {
            return httpStatus;
        }
    }
}
