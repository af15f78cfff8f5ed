package fr.cohorte.recruitment;

import java.io.Serializable;

import fr.cohorte.directory.Civility;

/** What an applicant tells about themselves, already checked by the form or the import. */
public record ApplicantDetails(Civility civility, String givenName, String familyName, String email, String phone,
                               String organisation, String positionTitle, Long backgroundId, String sector,
                               Region region, Gender gender, String motivation, boolean keepForLater) implements Serializable {
}
