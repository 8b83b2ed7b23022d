package fr.visioaccueil.identity;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class SignInController {

    @GetMapping("/connexion")
    String signIn() {
        return "identity/sign-in";
    }
}
