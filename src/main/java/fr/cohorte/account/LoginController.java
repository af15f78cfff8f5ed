package fr.cohorte.account;

import fr.cohorte.account.internal.SingleSignOnEnvironment;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final ObjectProvider<ClientRegistrationRepository> identityProviders;

    LoginController(ObjectProvider<ClientRegistrationRepository> identityProviders) {
        this.identityProviders = identityProviders;
    }

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        model.addAttribute("email", session.getAttribute("cohorte.lastLoginEmail"));
        model.addAttribute("minutesToWait", session.getAttribute("cohorte.loginMinutesToWait"));
        model.addAttribute("proConnect", registration(SingleSignOnEnvironment.PROCONNECT) != null);
        ClientRegistration generic = registration(SingleSignOnEnvironment.GENERIC);
        model.addAttribute("identityProviderName", generic == null ? null : generic.getClientName());
        return "account/login";
    }

    private ClientRegistration registration(String registrationId) {
        ClientRegistrationRepository registrations = identityProviders.getIfAvailable();
        return registrations == null ? null : registrations.findByRegistrationId(registrationId);
    }
}
