package fr.cohorte.account;

import java.util.Locale;

import fr.cohorte.web.RefusedException;

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

/** Administrators invite people, withdraw roles and lift the slowdown of someone's logins. */
@Controller
class AdminAccountsController {

    private final Accounts accounts;
    private final InvitePerson invitePerson;
    private final WithdrawRole withdrawRole;
    private final ClearLoginThrottle clearLoginThrottle;

    AdminAccountsController(Accounts accounts, InvitePerson invitePerson, WithdrawRole withdrawRole,
                            ClearLoginThrottle clearLoginThrottle) {
        this.accounts = accounts;
        this.invitePerson = invitePerson;
        this.withdrawRole = withdrawRole;
        this.clearLoginThrottle = clearLoginThrottle;
    }

    @GetMapping("/admin/accounts")
    String list(Model model) {
        model.addAttribute("form", new InvitationForm());
        return page(model);
    }

    @PostMapping("/admin/accounts")
    String invite(@Valid @ModelAttribute("form") InvitationForm form, BindingResult errors, Model model,
                  Locale locale, RedirectAttributes redirect) {
        RoleGrant grant = null;
        if (form.getRole() != null) {
            try {
                grant = RoleGrant.of(form.getRole(), form.getScopeId());
            } catch (RefusedException refused) {
                refused.refusal().rejectInto(errors, "scopeId");
            }
        }
        if (errors.hasErrors()) {
            return page(model);
        }
        Account account = invitePerson.invite(form.getEmail(), form.getGivenName(), form.getFamilyName(), grant, locale);
        redirect.addFlashAttribute(account.hasPassword() ? "granted" : "invited", form.getEmail().trim().toLowerCase());
        return "redirect:/admin/accounts";
    }

    /** Withdraws one role from an account; its open sessions end, so that the change holds at once. */
    @PostMapping("/admin/accounts/{id}/revoke")
    String revoke(@PathVariable Long id, @RequestParam Role role, @RequestParam(required = false) Long scopeId,
                  RedirectAttributes redirect) {
        RoleGrant grant = RoleGrant.of(role, scopeId);
        redirect.addFlashAttribute("revoked", withdrawRole.fromAccount(id, grant));
        return "redirect:/admin/accounts";
    }

    /** Someone who mistyped their password too often, and called for help, may try again at once. */
    @PostMapping("/admin/accounts/{id}/clear-throttle")
    String clearThrottle(@PathVariable Long id, RedirectAttributes redirect) {
        redirect.addFlashAttribute("throttleCleared", clearLoginThrottle.of(id));
        return "redirect:/admin/accounts";
    }

    private String page(Model model) {
        model.addAttribute("accounts", accounts.all());
        model.addAttribute("slowed", accounts.slowedLogins());
        model.addAttribute("roles", Role.values());
        return "admin/accounts";
    }
}
