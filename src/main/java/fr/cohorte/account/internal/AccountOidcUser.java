package fr.cohorte.account.internal;

import java.util.Collection;

import fr.cohorte.web.PersonalPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * Someone logged in through an identity provider, named by their account's e-mail rather than the
 * provider's subject, so that /me, the audit trail and "log out everywhere" find their account.
 */
final class AccountOidcUser extends DefaultOidcUser implements PersonalPrincipal {

    private final String accountEmail;
    private final Long personId;

    AccountOidcUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo,
                    String accountEmail, Long personId) {
        super(authorities, idToken, userInfo);
        this.accountEmail = accountEmail;
        this.personId = personId;
    }

    @Override
    public Long personId() {
        return personId;
    }

    @Override
    public String getName() {
        return accountEmail;
    }
}
