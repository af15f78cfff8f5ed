package fr.cohorte.account;

import fr.cohorte.web.RefusedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where a person creates and revokes their own personal access tokens for the API. */
@Controller
class AccessTokenController {

    private final AccessTokens tokens;

    AccessTokenController(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/me/tokens")
    String list(Authentication authentication, Model model) {
        model.addAttribute("tokens", tokens.of(authentication.getName()));
        model.addAttribute("scopes", TokenScope.values());
        return "account/tokens";
    }

    @PostMapping("/me/tokens")
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "READ") TokenScope scope,
                  Authentication authentication, Model model, RedirectAttributes redirect) {
        AccessTokens.Created created;
        try {
            created = tokens.create(authentication.getName(), name, scope);
        } catch (RefusedException refused) {
            model.addAttribute("nameError", refused.refusal());
            model.addAttribute("name", name);
            return list(authentication, model);
        }
        // Flash attributes travel in the HTTP session, which PostgreSQL stores: plain strings only.
        redirect.addFlashAttribute("createdName", created.token().getName());
        redirect.addFlashAttribute("createdSecret", created.secret());
        return "redirect:/me/tokens";
    }

    @PostMapping("/me/tokens/{id}/revoke")
    String revoke(@PathVariable Long id, Authentication authentication) {
        tokens.revoke(authentication.getName(), id);
        return "redirect:/me/tokens";
    }
}
