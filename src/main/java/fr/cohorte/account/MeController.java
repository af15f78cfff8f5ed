package fr.cohorte.account;

import java.util.List;

import fr.cohorte.account.internal.AccountUserDetailsService;
import fr.cohorte.directory.Persons;
import fr.cohorte.web.Refusal;
import fr.cohorte.web.RefusedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The logged-in person's own account: who they are, their roles, their password, their sessions. */
@Controller
class MeController {

    private final Accounts accounts;
    private final ChangePassword changePassword;
    private final Persons persons;
    private final SessionsOfAccount sessions;

    MeController(Accounts accounts, ChangePassword changePassword, Persons persons, SessionsOfAccount sessions) {
        this.accounts = accounts;
        this.changePassword = changePassword;
        this.persons = persons;
        this.sessions = sessions;
    }

    @GetMapping("/me")
    String me(Authentication authentication, Model model) {
        Account account = accounts.byEmail(authentication.getName()).orElseThrow();
        model.addAttribute("account", account);
        model.addAttribute("person", persons.byId(account.getPersonId()).orElseThrow());
        model.addAttribute("openSessions", sessions.count(account.getEmail()));
        return "account/me";
    }

    @GetMapping("/me/password")
    String passwordForm(Model model) {
        model.addAttribute("form", new PasswordForm());
        return "account/change-password";
    }

    @PostMapping("/me/password")
    String changePassword(@ModelAttribute("form") PasswordForm form, BindingResult errors, Authentication authentication,
                          HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            changePassword.of(authentication.getName(), form.getCurrent(), form.getPassword(), form.getConfirmation());
        } catch (RefusedException refused) {
            List<Refusal> broken = PasswordPolicy.brokenRules(refused.refusal());
            if (broken.isEmpty()) {
                throw refused;
            }
            broken.forEach(rule -> rule.rejectInto(errors, field(rule)));
            return "account/change-password";
        }
        dropPasswordChangeMarker(authentication, request, response);
        redirect.addFlashAttribute("passwordChanged", true);
        return "redirect:/me";
    }

    @PostMapping("/me/logout-everywhere")
    String logoutEverywhere(Authentication authentication, HttpServletRequest request) {
        sessions.endAll(authentication.getName());
        SecurityContextHolder.clearContext();
        return "redirect:/login?loggedOutEverywhere";
    }

    private static String field(Refusal rule) {
        return switch (rule.code()) {
            case "password.current-wrong" -> "current";
            case "password.mismatch" -> "confirmation";
            default -> "password";
        };
    }

    private static void dropPasswordChangeMarker(Authentication authentication, HttpServletRequest request,
                                                 HttpServletResponse response) {
        List<GrantedAuthority> authorities = authentication.getAuthorities().stream()
                .filter(a -> !AccountUserDetailsService.PASSWORD_CHANGE_REQUIRED.equals(a.getAuthority()))
                .map(GrantedAuthority.class::cast)
                .toList();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                authentication.getPrincipal(), null, authorities));
        SecurityContextHolder.setContext(context);
        new HttpSessionSecurityContextRepository().saveContext(context, request, response);
    }
}
