package fr.cohorte.web;

import java.util.Locale;
import java.util.Optional;

/**
 * Names what a scoped role holds for, in the reader's language: the national session of a
 * participant's or juror's grant (its scope is the session's number), the book of a coordinator's
 * (its scope is the publication's id). Mails and pages of the account module say it without knowing
 * about sessions or books. Implemented by the session and publication modules.
 */
public interface RoleScopes {

    /** What a grant of {@code role} (a role's name) with this scope is for; empty when this module does not name it. */
    Optional<String> describe(String role, long scopeId, Locale locale);
}
