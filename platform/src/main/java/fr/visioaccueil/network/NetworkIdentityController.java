package fr.visioaccueil.network;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The network's name, colours, contact and logo, shown on every page. */
@Controller
@RequestMapping("/admin/reseau")
class NetworkIdentityController {

    private static final String FORM = "network/network-form";

    private final NetworkProfiles profiles;

    NetworkIdentityController(NetworkProfiles profiles) {
        this.profiles = profiles;
    }

    @GetMapping
    String editing(Model model) {
        return form(model.addAttribute("form", NetworkForm.of(profiles.current())));
    }

    @PostMapping
    String update(@Valid @ModelAttribute("form") NetworkForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        return FormErrors.submit(errors, form, () -> {
            profiles.update(form.version(), form.toProfile());
            redirect.addFlashAttribute("flash", "app.saved");
            return "redirect:/admin/reseau";
        }, () -> form(model));
    }

    @PostMapping("/logo")
    String replaceLogo(@ModelAttribute("logoForm") LogoForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        return form.toLogo(errors).map(logo -> {
            profiles.replaceLogo(logo);
            redirect.addFlashAttribute("flash", "logo.saved");
            return "redirect:/admin/reseau";
        }).orElseGet(() -> form(model.addAttribute("form", NetworkForm.of(profiles.current()))));
    }

    private String form(Model model) {
        if (!model.containsAttribute("logoForm")) {
            model.addAttribute("logoForm", LogoForm.empty());
        }
        return FORM;
    }
}
