package fr.cohorte.account;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.cohorte.BrowserlessSession;
import fr.cohorte.CohorteTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Without COHORTE_ADMIN_PASSWORD, the first start prints a one-time password that must be replaced. */
@CohorteTest(properties = {"cohorte.account.admin-email=premier@cohorte.test", "cohorte.account.admin-password="})
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorTest {

    @LocalServerPort
    int port;

    @Test
    void theOneTimePasswordFromTheLogOpensOnlyThePasswordChange(CapturedOutput startLog) {
        Matcher printed = Pattern.compile("password: (\\S{20})").matcher(startLog.getAll());
        assertThat(printed.find()).as("the log tells the one-time password").isTrue();
        assertThat(startLog.getAll()).contains("premier@cohorte.test").contains("/login");

        BrowserlessSession admin = new BrowserlessSession(port);
        admin.logIn("premier@cohorte.test", printed.group(1));
        assertThat(admin.path()).isEqualTo("/me/password");
        admin.get("/admin/accounts");
        assertThat(admin.path()).as("nothing else opens before the password is changed").isEqualTo("/me/password");

        admin.submit("/me/password", Map.of("current", printed.group(1),
                "password", "Mon propre mot de passe", "confirmation", "Mon propre mot de passe"));
        assertThat(admin.path()).isEqualTo("/me");
        assertThat(admin.get("/admin/accounts").select("h1").text()).isEqualTo("Comptes");
    }
}
