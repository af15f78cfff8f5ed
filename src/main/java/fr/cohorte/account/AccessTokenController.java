package fr.cohorte.account;

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
        if (name.isBlank() || name.length() > 100) {
            model.addAttribute("nameError", name.isBlank() ? "field.required" : "field.too-long");
            model.addAttribute("name", name);
            return list(authentication, model);
        }
        AccessTokens.Created created = tokens.create(authentication.getName(), name, scope);
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
