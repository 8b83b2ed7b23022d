package fr.visioaccueil.network;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The network's colours as a style sheet (no inline style, so the CSP stays strict) and the logos.
 */
@RestController
class BrandingController {

    private final NetworkProfiles profiles;
    private final Organisations organisations;

    BrandingController(NetworkProfiles profiles, Organisations organisations) {
        this.profiles = profiles;
        this.organisations = organisations;
    }

    @GetMapping(value = "/theme.css", produces = "text/css")
    ResponseEntity<String> theme() {
        NetworkProfile profile = profiles.current();
        String css = ":root{--pico-primary:%1$s;--pico-primary-background:%1$s;--pico-primary-border:%1$s;"
                .formatted(profile.primaryColor())
                + "--pico-primary-underline:%1$s;--pico-primary-hover:%2$s;--pico-primary-hover-background:%2$s;"
                .formatted(profile.primaryColor(), profile.accentColor())
                + "--pico-primary-focus:%1$s55;--visio-accent:%1$s;}".formatted(profile.accentColor());
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(7))).body(css);
    }

    @GetMapping("/reseau/logo")
    ResponseEntity<byte[]> networkLogo() {
        return profiles.logo().map(BrandingController::image).orElse(ResponseEntity.notFound().build());
    }

    @GetMapping("/organismes/{id}/logo")
    ResponseEntity<byte[]> organisationLogo(@PathVariable long id) {
        return organisations.logo(id).map(BrandingController::image).orElse(ResponseEntity.notFound().build());
    }

    private static ResponseEntity<byte[]> image(Logo logo) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(logo.contentType()))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1))).body(logo.content());
    }
}
