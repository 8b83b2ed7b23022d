package fr.visioaccueil.survey;

import java.time.LocalDate;

/** A new invitation as handed to the citizen: the token exists only here, the database keeps its hash. */
record IssuedInvitation(String token, LocalDate expiresOn) {
}
