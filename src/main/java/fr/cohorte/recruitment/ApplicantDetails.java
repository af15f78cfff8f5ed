package fr.cohorte.recruitment;

import fr.cohorte.directory.Civility;

/** What an applicant tells about themselves, already checked by the form. */
public record ApplicantDetails(Civility civility, String givenName, String familyName, String email, String phone,
                               String organisation, String positionTitle, Long backgroundId, Gender gender,
                               String motivation) {
}
