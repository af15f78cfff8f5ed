package fr.cohorte.directory;

/** The fields of a person that staff choose between, one by one, when merging two duplicates. */
public enum PersonField {
    CIVILITY,
    GIVEN_NAME,
    FAMILY_NAME,
    EMAIL,
    PHONE,
    ORGANISATION,
    POSITION,
    BACKGROUND,
    LANGUAGES,
    BIO
}
