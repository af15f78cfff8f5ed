package fr.cohorte.search;

import java.util.Set;
import java.util.stream.Collectors;

import fr.cohorte.web.PersonalPrincipal;
import fr.cohorte.web.ScopedAccess;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is searching, as {@link ReaderKeys} need it: the authorities of their login ({@code ROLE_STAFF},
 * {@code PARTICIPANT:34}, {@code COORDINATOR:2}...) and their person in the directory.
 *
 * @param personId null for an anonymous visitor or a login without a person
 */
public record SearchReader(Long personId, Set<String> authorities) {

    public SearchReader {
        authorities = Set.copyOf(authorities);
    }

    public static SearchReader anonymous() {
        return new SearchReader(null, Set.of());
    }

    public static SearchReader of(Authentication authentication) {
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            return anonymous();
        }
        Long person = authentication.getPrincipal() instanceof PersonalPrincipal principal ? principal.personId() : null;
        return new SearchReader(person, authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet()));
    }

    /** Staff or an administrator. */
    public boolean isStaff() {
        return ScopedAccess.isStaff(authorities);
    }

    public boolean holds(String authority) {
        return authorities.contains(authority);
    }

    /** The ids of a scoped role's grants: {@code scopes("COORDINATOR")} gives 2 for {@code COORDINATOR:2}. */
    public Set<Long> scopes(String role) {
        return ScopedAccess.scopes(authorities, role);
    }
}
