package fr.cohorte.account;

import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        model.addAttribute("email", session.getAttribute("cohorte.lastLoginEmail"));
        return "account/login";
    }
}
