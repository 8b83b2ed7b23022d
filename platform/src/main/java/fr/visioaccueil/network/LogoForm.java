package fr.visioaccueil.network;

import java.util.Optional;
import org.springframework.validation.Errors;
import org.springframework.web.multipart.MultipartFile;

/** A logo sent as a file; whether it is really a PNG or JPEG image is read from its bytes, not its name. */
record LogoForm(MultipartFile logo) {

    static LogoForm empty() {
        return new LogoForm(null);
    }

    /** The logo, or empty once the field carries the French reason. */
    Optional<Logo> toLogo(Errors errors) {
        Optional<Logo> image = Logo.from(Uploads.bytes(logo));
        if (image.isEmpty()) {
            errors.rejectValue("logo", "logo.invalid");
        }
        return image;
    }
}
