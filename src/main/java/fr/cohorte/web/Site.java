package fr.cohorte.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What every page's header and footer need, read by the layout as {@code @site}: a bean rather
 * than model attributes, so that error pages and exception handlers get the same header.
 */
@Component("site")
public class Site {

    private final InstitutionProperties institution;

    Site(InstitutionProperties institution) {
        this.institution = institution;
    }

    public InstitutionProperties getInstitution() {
        return institution;
    }

    /** The person looking at the page, or null for an anonymous visitor. */
    public Viewer viewer() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            return null;
        }
        return new Viewer(authentication.getName(), authentication.getAuthorities().stream()
                .map(authority -> authority.getAuthority())
                .filter(name -> name.startsWith("ROLE_"))
                .map(name -> name.substring(5))
                .toList(),
                authentication.getPrincipal() instanceof PersonalPrincipal principal ? principal.personId() : null);
    }
}
