package fr.cohorte.session;

/** Someone who took part in a session, as the alumni list shows them. */
public record Alumnus(Long personId, String givenName, String familyName, String email, String organisation,
                      Long backgroundId, int sessionNumber) {
}
