package fr.cohorte.directory;

/** What staff type about a person; names of the organisation and horizon are resolved apart. */
public record PersonDetails(Civility civility, String givenName, String familyName, String email, String phone,
                            String positionTitle, String languages, String bio) implements java.io.Serializable {
}
