package fr.cohorte.audit;

import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Stamps each revision with the logged-in person, or "system" for changes made by Cohorte itself. */
public class RevisionAuthor implements RevisionListener {

    @Override
    public void newRevision(Object revision) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        ((Revision) revision).setAuthor(authentication == null || !authentication.isAuthenticated()
                ? "system" : authentication.getName());
    }
}
