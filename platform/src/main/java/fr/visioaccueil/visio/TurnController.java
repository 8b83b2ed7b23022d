package fr.visioaccueil.visio;

import fr.visioaccueil.shared.StaffMember;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Hands the signed-in staff member's browser its ICE servers (the room page carries them already: RoomController). */
@RestController
class TurnController {

    private final TurnCredentials credentials;

    TurnController(TurnCredentials credentials) {
        this.credentials = credentials;
    }

    // no-store: the credential is a password for the relay, no cache or proxy may keep it
    @GetMapping(path = "/visio/turn", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TurnCredentials.IceConfiguration> iceServers(@AuthenticationPrincipal StaffMember staff) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(credentials.issueFor(staff.accountId()));
    }
}
