package fr.visioaccueil.network;

import fr.visioaccueil.shared.AdminAreas;
import fr.visioaccueil.shared.CurrentStaff;
import fr.visioaccueil.shared.StaffMember;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page shows the network's identity and knows who is signed in. */
@ControllerAdvice
class PageModelAdvice {

    private final NetworkProfiles profiles;

    PageModelAdvice(NetworkProfiles profiles) {
        this.profiles = profiles;
    }

    @ModelAttribute("network")
    NetworkProfile network() {
        return profiles.current();
    }

    /** For menus that mark the current page (aria-current). */
    @ModelAttribute("requestPath")
    String requestPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("adminAreas")
    List<String> adminAreas() {
        return AdminAreas.ALL;
    }

    @ModelAttribute("staff")
    StaffMember staff() {
        return CurrentStaff.find().orElse(null);
    }
}
