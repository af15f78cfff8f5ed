package fr.cohorte.account.internal;

import java.util.Collection;

import fr.cohorte.web.PersonalPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** Someone logged in with their password, carrying their person so that "my" pages find it without a lookup. */
final class AccountPrincipal extends User implements PersonalPrincipal {

    private final Long personId;

    AccountPrincipal(String email, String password, boolean enabled, Collection<? extends GrantedAuthority> authorities,
                     Long personId) {
        super(email, password, enabled, true, true, true, authorities);
        this.personId = personId;
    }

    @Override
    public Long personId() {
        return personId;
    }
}
