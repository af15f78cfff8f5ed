package fr.cohorte.web;

import java.util.List;

/**
 * The login addresses of the enabled accounts holding a role for one session or publication (for
 * example the jurors of a session), so that a module's pages can list them without knowing about
 * accounts. Implemented by the account module.
 */
public interface ScopedRoleHolders {

    List<String> holding(String role, long scopeId);
}
