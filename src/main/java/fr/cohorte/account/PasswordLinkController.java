package fr.cohorte.account;

import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages reached from a mail: accepting an invitation, asking for and using a password reset. */
@Controller
class PasswordLinkController {

    private final Accounts accounts;
    private final SetPassword setPassword;
    private final RequestPasswordReset requestPasswordReset;

    PasswordLinkController(Accounts accounts, SetPassword setPassword, RequestPasswordReset requestPasswordReset) {
        this.accounts = accounts;
        this.setPassword = setPassword;
        this.requestPasswordReset = requestPasswordReset;
    }

    @GetMapping("/invitation/{token}")
    String invitation(@PathVariable String token, Model model) {
        model.addAttribute("account", accounts.accountForLink(token, LinkPurpose.INVITATION));
        model.addAttribute("form", new PasswordForm());
        model.addAttribute("action", "/invitation/" + token);
        return "account/set-password";
    }

    @PostMapping("/invitation/{token}")
    String acceptInvitation(@PathVariable String token, @ModelAttribute("form") PasswordForm form, BindingResult errors,
                            Model model, RedirectAttributes redirect) {
        return setPassword(token, LinkPurpose.INVITATION, form, errors, model, redirect);
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
    String reset(@PathVariable String token, Model model) {
        model.addAttribute("account", accounts.accountForLink(token, LinkPurpose.PASSWORD_RESET));
        model.addAttribute("form", new PasswordForm());
        model.addAttribute("action", "/password/reset/" + token);
        return "account/set-password";
    }

    @PostMapping("/password/reset/{token}")
    String resetPassword(@PathVariable String token, @ModelAttribute("form") PasswordForm form, BindingResult errors,
                         Model model, RedirectAttributes redirect) {
        return setPassword(token, LinkPurpose.PASSWORD_RESET, form, errors, model, redirect);
    }

    @ExceptionHandler(InvalidLinkException.class)
    @ResponseStatus(HttpStatus.GONE)
    String invalidLink() {
        return "account/link-invalid";
    }

    private String setPassword(String token, LinkPurpose purpose, PasswordForm form, BindingResult errors,
                               Model model, RedirectAttributes redirect) {
        try {
            Account account = setPassword.throughLink(token, purpose, form.getPassword(), form.getConfirmation());
            redirect.addFlashAttribute("passwordSet", account.getEmail());
            return "redirect:/login";
        } catch (PasswordRejectedException rejected) {
            rejected.reasons().forEach(reason ->
                    errors.rejectValue(reason.equals("password.mismatch") ? "confirmation" : "password", reason));
            model.addAttribute("account", accounts.accountForLink(token, purpose));
            model.addAttribute("action", (purpose == LinkPurpose.INVITATION ? "/invitation/" : "/password/reset/") + token);
            return "account/set-password";
        }
    }
}
