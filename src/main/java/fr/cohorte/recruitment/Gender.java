package fr.cohorte.recruitment;

/** Gender as the applicant declares it; declaring none is allowed. */
public enum Gender {
    FEMALE,
    MALE,
    OTHER
}
