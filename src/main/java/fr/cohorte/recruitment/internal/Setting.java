package fr.cohorte.recruitment.internal;

/** A setting that can be switched off to find which ones clash: each becomes an assumption of the solver. */
sealed interface Setting {

    record QuotaMinimum(Quota quota) implements Setting {
    }

    record QuotaMaximum(Quota quota) implements Setting {
    }

    record OrganisationCap(String organisation) implements Setting {
    }

    record ForcedIn(int index) implements Setting {
    }

    record ForcedOut(int index) implements Setting {
    }
}
