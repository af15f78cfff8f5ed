package fr.cohorte.web;

import java.util.List;

/** Who is logged in, as the layout needs it: to show their menu entries, never to decide access. */
public record Viewer(String email, List<String> roles) {

    public boolean isAdmin() {
        return roles.contains("ADMIN");
    }

    public boolean isStaff() {
        return roles.contains("STAFF") || isAdmin();
    }
}
