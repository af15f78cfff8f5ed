package fr.cohorte.account.internal;

import java.util.Optional;

import fr.cohorte.account.Account;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Opens the Cohorte account of someone an identity provider vouched for, found by e-mail. The
 * provider says who they are; what they may do stays Cohorte's business, so the authorities are
 * those of the account, exactly as after a password login.
 */
@Component
class AccountOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** Error codes the login failure handler turns into a message on the login page. */
    static final String NO_ACCOUNT = "cohorte_no_account";
    static final String DISABLED = "cohorte_account_disabled";

    private final OidcUserService standard = new OidcUserService();
    private final OidcUserService signedUserInfo = new OidcUserService();
    private final SignOnWithProvider signOn;
    private final RecordLogins logins;

    AccountOidcUserService(SignOnWithProvider signOn, RecordLogins logins) {
        this.signOn = signOn;
        this.logins = logins;
        signedUserInfo.setOauth2UserService(new SignedUserInfoService());
        // ProConnect puts the e-mail and names in the userinfo only, whatever scopes it reports.
        signedUserInfo.setRetrieveUserInfo(request -> true);
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        String provider = request.getClientRegistration().getClientName();
        OidcUser identity;
        try {
            identity = userService(request).loadUser(request);
        } catch (OAuth2AuthenticationException e) {
            String who = Optional.ofNullable(request.getIdToken().getEmail()).orElse(request.getIdToken().getSubject());
            logins.refused(who, provider, "provider-error", e.getError().getErrorCode());
            throw e;
        }
        String email = identity.getEmail();
        if (!StringUtils.hasText(email) || Boolean.FALSE.equals(identity.getEmailVerified())) {
            // An address the provider has not checked could be anyone's, so it opens nothing.
            throw refused(identity.getSubject(), provider, NO_ACCOUNT, "no verified e-mail", "unverified-email");
        }
        Account account = signOn.accountFor(email, nameOr(identity.getGivenName(), email), familyName(identity), provider)
                .orElseThrow(() -> refused(email, provider, NO_ACCOUNT, "no account for this e-mail", "no-account"));
        if (!account.isEnabled()) {
            throw refused(account.getEmail(), provider, DISABLED, "account disabled", "disabled");
        }
        logins.succeeded(account.getEmail());
        return new AccountOidcUser(AccountUserDetailsService.authorities(account), identity.getIdToken(),
                identity.getUserInfo(), account.getEmail(), account.getPersonId());
    }

    private OAuth2UserService<OidcUserRequest, OidcUser> userService(OidcUserRequest request) {
        return SingleSignOnEnvironment.PROCONNECT.equals(request.getClientRegistration().getRegistrationId())
                ? signedUserInfo : standard;
    }

    private OAuth2AuthenticationException refused(String who, String provider, String code, String reason, String auditReason) {
        logins.refused(who, provider, auditReason, null);
        return new OAuth2AuthenticationException(new OAuth2Error(code, reason, null));
    }

    /** ProConnect calls the family name usual_name; other providers follow the standard. */
    private static String familyName(OidcUser identity) {
        String usualName = identity.getClaimAsString("usual_name");
        return nameOr(StringUtils.hasText(usualName) ? usualName : identity.getFamilyName(), "");
    }

    private static String nameOr(String name, String fallback) {
        return StringUtils.hasText(name) ? name : fallback;
    }
}
