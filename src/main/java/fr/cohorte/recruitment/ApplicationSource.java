package fr.cohorte.recruitment;

/** How an application came in: the applicant's own form, or a staff import of a spreadsheet kept elsewhere. */
public enum ApplicationSource {
    FORM,
    STAFF_IMPORT
}
