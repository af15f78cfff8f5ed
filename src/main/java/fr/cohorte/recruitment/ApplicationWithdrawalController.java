package fr.cohorte.recruitment;

import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The page behind the withdrawal link of an acknowledgement. An unknown link gets the same answer
 * whether it never existed or its application was anonymised, so the page tells nothing about others.
 */
@Controller
class ApplicationWithdrawalController {

    private final ApplicationWithdrawal withdrawal;

    ApplicationWithdrawalController(ApplicationWithdrawal withdrawal) {
        this.withdrawal = withdrawal;
    }

    @GetMapping("/applications/withdraw/{token}")
    String confirm(@PathVariable String token, Model model, HttpServletResponse response) {
        return page(token, withdrawal.byToken(token), false, model, response);
    }

    @PostMapping("/applications/withdraw/{token}")
    String withdraw(@PathVariable String token, Locale locale, Model model, HttpServletResponse response) {
        return page(token, withdrawal.withdraw(token, locale), true, model, response);
    }

    private static String page(String token, Optional<ApplicationWithdrawal.Request> request, boolean posted, Model model,
                               HttpServletResponse response) {
        if (request.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            return "recruitment/withdrawal-unknown";
        }
        model.addAttribute("token", token);
        model.addAttribute("nationalSession", request.get().session());
        model.addAttribute("alreadyWithdrawn", request.get().alreadyWithdrawn());
        model.addAttribute("justWithdrawn", posted && !request.get().alreadyWithdrawn());
        return "recruitment/withdrawal";
    }
}
