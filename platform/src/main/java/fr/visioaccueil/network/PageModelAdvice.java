package fr.visioaccueil.network;

import fr.visioaccueil.shared.AdminAreas;
import fr.visioaccueil.shared.CurrentStaff;
import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page shows the network's identity and knows who is signed in. */
@ControllerAdvice
class PageModelAdvice {

    private final NetworkProfiles profiles;

    PageModelAdvice(NetworkProfiles profiles) {
        this.profiles = profiles;
    }

    /**
     * The network ({@code network}), the path for menus that mark the current page ({@code requestPath}, for
     * aria-current), the administration's areas ({@code adminAreas}) and who is signed in ({@code staff}), unless a
     * handler put its own. One method for the four: Spring prepares each model method of an advice again at every
     * request, the JSON answers' included.
     */
    @ModelAttribute
    void page(Model model, HttpServletRequest request) {
        Map<String, Object> page = new HashMap<>();
        page.put("network", profiles.current());
        page.put("requestPath", request.getRequestURI());
        page.put("adminAreas", AdminAreas.ALL);
        page.put("staff", CurrentStaff.find().orElse(null));
        model.mergeAttributes(page);
    }
}
