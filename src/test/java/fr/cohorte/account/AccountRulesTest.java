package fr.cohorte.account;

import java.time.Duration;
import java.util.Locale;

import fr.cohorte.CohorteTest;
import fr.cohorte.account.internal.AccountLinks;
import fr.cohorte.web.Refusal;
import fr.cohorte.web.Refusals;
import fr.cohorte.web.RefusedException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The rules of the account use cases, met by any caller (a page, the API, another module) and not only
 * by the page whose form checked them: each refuses with its reason, and nothing changes.
 */
@CohorteTest(properties = "cohorte.account.admin-email=" + AccountRulesTest.ADMIN)
class AccountRulesTest {

    /** The administrator of this test's own database, where nobody else is made administrator. */
    static final String ADMIN = "seul.admin@cohorte.test";
    static final String PASSWORD = "Une phrase de passe solide";

    @Autowired
    WithdrawRole withdrawRole;

    @Autowired
    ChangePassword changePassword;

    @Autowired
    SetPassword setPassword;

    @Autowired
    AccessTokens tokens;

    @Autowired
    ClearLoginThrottle clearLoginThrottle;

    @Autowired
    Accounts accounts;

    @Autowired
    AccountLinks links;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Refusals refusals;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void theOnlyAdministratorKeepsTheRoleWhoeverWithdrawsIt() {
        assertThat(jdbc.queryForObject("select count(*) from account_role where role = 'ADMIN'", Integer.class))
                .as("this database has one administrator").isEqualTo(1);
        Account admin = accounts.byEmail(ADMIN).orElseThrow();

        Refusal refusal = refused(() -> withdrawRole.fromAccount(admin.getId(), RoleGrant.global(Role.ADMIN)));

        assertThat(refusal.kind()).isEqualTo(Refusal.Kind.CONFLICT);
        assertThat(refusals.text(refusal, Locale.FRENCH)).startsWith(ADMIN + " est le seul administrateur");
        assertThat(refusals.text(refusal, Locale.ENGLISH)).startsWith(ADMIN + " is the only administrator");
        assertThat(accounts.byEmail(ADMIN).orElseThrow().getRoles()).contains(RoleGrant.global(Role.ADMIN));
    }

    @Test
    void aScopedRoleIsGrantedOnlyForTheSessionOrBookItHoldsFor() {
        for (Long missing : new Long[] {null, 0L, -3L}) {
            Refusal refusal = refused(() -> RoleGrant.of(Role.JURY, missing));
            assertThat(refusal.code()).isEqualTo(RoleGrant.SCOPE_REQUIRED);
            assertThat(refusal.kind()).isEqualTo(Refusal.Kind.INVALID);
        }
        assertThat(RoleGrant.of(Role.JURY, 34L)).isEqualTo(RoleGrant.scoped(Role.JURY, 34));
        assertThat(RoleGrant.of(Role.STAFF, 34L)).as("a global role holds everywhere").isEqualTo(RoleGrant.global(Role.STAFF));
    }

    @Test
    void aNewPasswordIsRefusedWithEveryRuleItBreaksAtOnceAndTheOldOneStays() {
        String email = testAccounts.create("regle.mot-de-passe@example.org", RoleGrant.global(Role.STAFF), PASSWORD);
        String hash = passwordHash(email);

        Refusal refusal = refused(() -> changePassword.of(email, PASSWORD, "court", "autre"));

        assertThat(PasswordPolicy.brokenRules(refusal)).extracting(Refusal::code)
                .containsExactly("password.too-short", "password.mismatch");
        assertThat(refusals.text(refusal, Locale.FRENCH)).contains("au moins 12 caractères");
        assertThat(passwordHash(email)).isEqualTo(hash);
    }

    @Test
    void aPasswordIsChangedOnlyByWhoeverGivesTheCurrentOne() {
        String email = testAccounts.create("regle.actuel@example.org", RoleGrant.global(Role.STAFF), PASSWORD);
        String hash = passwordHash(email);

        Refusal refusal = refused(() -> changePassword.of(email, "Pas le bon mot de passe", "Un nouveau mot de passe", "Un nouveau mot de passe"));

        assertThat(PasswordPolicy.brokenRules(refusal)).extracting(Refusal::code).containsExactly("password.current-wrong");
        assertThat(passwordHash(email)).isEqualTo(hash);
    }

    @Test
    void aPasswordLinkWorksOnceThenIsGone() {
        String email = testAccounts.create("regle.lien@example.org", RoleGrant.global(Role.STAFF), PASSWORD);
        String token = transaction.execute(status ->
                links.issue(accounts.byEmail(email).orElseThrow(), LinkPurpose.PASSWORD_RESET, Duration.ofHours(1)));
        assertThat(accounts.openedBy(token, LinkPurpose.INVITATION)).as("a reset link is no invitation").isEmpty();

        setPassword.throughLink(token, LinkPurpose.PASSWORD_RESET, "Un deuxième mot de passe", "Un deuxième mot de passe");
        String hash = passwordHash(email);

        Refusal again = refused(() -> setPassword.throughLink(token, LinkPurpose.PASSWORD_RESET,
                "Un troisième mot de passe", "Un troisième mot de passe"));
        assertThat(again.kind()).isEqualTo(Refusal.Kind.GONE);
        assertThat(again.code()).isEqualTo(SetPassword.LINK_UNUSABLE);
        assertThat(accounts.openedBy(token, LinkPurpose.PASSWORD_RESET)).isEmpty();
        assertThat(passwordHash(email)).isEqualTo(hash);
        assertThat(refused(() -> setPassword.throughLink("inconnu", LinkPurpose.INVITATION, PASSWORD, PASSWORD)).code())
                .isEqualTo(SetPassword.LINK_UNUSABLE);
    }

    @Test
    void anAccountThatDoesNotExistIsNotFoundWhateverIsAskedOfIt() {
        long nobody = jdbc.queryForObject("select coalesce(max(id), 0) + 1000 from account", Long.class);

        Refusal withdrawal = refused(() -> withdrawRole.fromAccount(nobody, RoleGrant.global(Role.STAFF)));
        Refusal clearing = refused(() -> clearLoginThrottle.of(nobody));

        assertThat(withdrawal.kind()).isEqualTo(Refusal.Kind.NOT_FOUND);
        assertThat(clearing.code()).isEqualTo(Accounts.NOT_FOUND);
        assertThat(refusals.text(withdrawal, Locale.FRENCH)).isEqualTo("Il n’y a pas de compte n° " + nobody + ".");
    }

    @Test
    void anAccessTokenNeedsANameOfAtMostAHundredCharacters() {
        String email = testAccounts.create("regle.jeton@example.org", RoleGrant.global(Role.STAFF), PASSWORD);

        assertThat(refused(() -> tokens.create(email, "   ", TokenScope.READ)).code()).isEqualTo("field.required");
        assertThat(refused(() -> tokens.create(email, "x".repeat(101), TokenScope.READ)).code()).isEqualTo("field.too-long");
        assertThat(tokens.of(email)).isEmpty();
    }

    private String passwordHash(String email) {
        return jdbc.queryForObject("select password_hash from account where email = ?", String.class, email);
    }

    private static Refusal refused(Runnable action) {
        RefusedException refused = catchThrowableOfType(RefusedException.class, action::run);
        assertThat(refused).as("refused").isNotNull();
        return refused.refusal();
    }
}
