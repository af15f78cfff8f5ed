package fr.cohorte.web;

import java.util.List;

/**
 * Who is logged in, as pages need it: to show their menu entries and to find "my" records (by
 * {@code personId}, null when the login carries no person), never to decide access.
 */
public record Viewer(String email, List<String> roles, Long personId) {

    public boolean isAdmin() {
        return roles.contains("ADMIN");
    }

    public boolean isStaff() {
        return roles.contains("STAFF") || isAdmin();
    }
}
