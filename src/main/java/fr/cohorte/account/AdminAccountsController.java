package fr.cohorte.account;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators invite people and lift lockouts. */
@Controller
class AdminAccountsController {

    private final Accounts accounts;
    private final Clock clock;

    AdminAccountsController(Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @ModelAttribute("now")
    Instant now() {
        return clock.instant();
    }

    @GetMapping("/admin/accounts")
    String list(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("form", new InvitationForm());
        model.addAttribute("roles", Role.values());
        return "admin/accounts";
    }

    @PostMapping("/admin/accounts")
    String invite(@Valid @ModelAttribute("form") InvitationForm form, BindingResult errors, Model model,
                  Locale locale, RedirectAttributes redirect) {
        if (form.getRole() != null && form.getRole().isScoped() && (form.getScopeId() == null || form.getScopeId() <= 0)) {
            errors.rejectValue("scopeId", "account.scope.required");
        }
        if (errors.hasErrors()) {
            model.addAttribute("accounts", accounts.all());
            model.addAttribute("roles", Role.values());
            return "admin/accounts";
        }
        RoleGrant grant = form.getRole().isScoped()
                ? RoleGrant.scoped(form.getRole(), form.getScopeId())
                : RoleGrant.global(form.getRole());
        Account account = accounts.invite(form.getEmail(), form.getGivenName(), form.getFamilyName(), grant, locale);
        redirect.addFlashAttribute(account.hasPassword() ? "granted" : "invited", form.getEmail().trim().toLowerCase());
        return "redirect:/admin/accounts";
    }

    /** Withdraws one role from an account; its open sessions end, so that the change holds at once. */
    @PostMapping("/admin/accounts/{id}/revoke")
    String revoke(@PathVariable Long id, @RequestParam Role role, @RequestParam(defaultValue = "0") long scopeId,
                  RedirectAttributes redirect) {
        RoleGrant grant = role.isScoped() ? RoleGrant.scoped(role, scopeId) : RoleGrant.global(role);
        String email = accounts.byId(id).map(Account::getEmail).orElseThrow(() -> new IllegalArgumentException("No account " + id));
        try {
            accounts.revoke(id, grant);
            redirect.addFlashAttribute("revoked", email);
        } catch (LastAdministratorException last) {
            redirect.addFlashAttribute("lastAdministrator", email);
        }
        return "redirect:/admin/accounts";
    }

    @PostMapping("/admin/accounts/{id}/unlock")
    String unlock(@PathVariable Long id, RedirectAttributes redirect) {
        accounts.unlock(id);
        redirect.addFlashAttribute("unlocked", accounts.byId(id).map(Account::getEmail).orElse(""));
        return "redirect:/admin/accounts";
    }
}
