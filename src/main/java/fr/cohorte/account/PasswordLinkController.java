package fr.cohorte.account;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import fr.cohorte.web.Refusal;
import fr.cohorte.web.RefusedException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages reached from a mail: accepting an invitation, asking for and using a password reset. */
@Controller
class PasswordLinkController {

    private static final String LINK_INVALID = "account/link-invalid";

    private final Accounts accounts;
    private final SetPassword setPassword;
    private final RequestPasswordReset requestPasswordReset;

    PasswordLinkController(Accounts accounts, SetPassword setPassword, RequestPasswordReset requestPasswordReset) {
        this.accounts = accounts;
        this.setPassword = setPassword;
        this.requestPasswordReset = requestPasswordReset;
    }

    @GetMapping("/invitation/{token}")
    String invitation(@PathVariable String token, Model model, HttpServletResponse response) {
        return form(token, LinkPurpose.INVITATION, new PasswordForm(), model, response);
    }

    @PostMapping("/invitation/{token}")
    String acceptInvitation(@PathVariable String token, @ModelAttribute("form") PasswordForm form, BindingResult errors,
                            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return setPassword(token, LinkPurpose.INVITATION, form, errors, model, response, redirect);
    }

    @GetMapping("/password/forgotten")
    String forgotten() {
        return "account/password-forgotten";
    }

    @PostMapping("/password/forgotten")
    String requestReset(@RequestParam String email, Locale locale, RedirectAttributes redirect) {
        requestPasswordReset.request(email, locale);
        redirect.addFlashAttribute("sentTo", email);
        return "redirect:/password/forgotten";
    }

    @GetMapping("/password/reset/{token}")
    String reset(@PathVariable String token, Model model, HttpServletResponse response) {
        return form(token, LinkPurpose.PASSWORD_RESET, new PasswordForm(), model, response);
    }

    @PostMapping("/password/reset/{token}")
    String resetPassword(@PathVariable String token, @ModelAttribute("form") PasswordForm form, BindingResult errors,
                         Model model, HttpServletResponse response, RedirectAttributes redirect) {
        return setPassword(token, LinkPurpose.PASSWORD_RESET, form, errors, model, response, redirect);
    }

    private String setPassword(String token, LinkPurpose purpose, PasswordForm form, BindingResult errors, Model model,
                               HttpServletResponse response, RedirectAttributes redirect) {
        try {
            Account account = setPassword.throughLink(token, purpose, form.getPassword(), form.getConfirmation());
            redirect.addFlashAttribute("passwordSet", account.getEmail());
            return "redirect:/login";
        } catch (RefusedException refused) {
            if (refused.refusal().is(SetPassword.LINK_UNUSABLE)) {
                return linkInvalid(response);
            }
            List<Refusal> broken = PasswordPolicy.brokenRules(refused.refusal());
            if (broken.isEmpty()) {
                throw refused;
            }
            broken.forEach(rule -> rule.rejectInto(errors, rule.is("password.mismatch") ? "confirmation" : "password"));
            return form(token, purpose, form, model, response);
        }
    }

    /** The page where the link's owner chooses a password, or the page saying the link no longer works. */
    private String form(String token, LinkPurpose purpose, PasswordForm form, Model model, HttpServletResponse response) {
        Optional<Account> account = accounts.openedBy(token, purpose);
        if (account.isEmpty()) {
            return linkInvalid(response);
        }
        model.addAttribute("account", account.get());
        model.addAttribute("form", form);
        model.addAttribute("action", (purpose == LinkPurpose.INVITATION ? "/invitation/" : "/password/reset/") + token);
        return "account/set-password";
    }

    /** A link that was never issued, was already used or has expired is gone: the page offers a new one. */
    private static String linkInvalid(HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        return LINK_INVALID;
    }
}
