package fr.cohorte.session;

/** A person of the directory as staff choose speakers: name and the organisation they belong to now. */
public record ProgrammeSpeaker(Long id, String givenName, String familyName, String organisation) {

    public String name() {
        return givenName + " " + familyName;
    }
}
