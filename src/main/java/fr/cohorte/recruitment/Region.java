package fr.cohorte.recruitment;

/** Where an applicant works: the regions of France since 2016, and abroad. Labels are {@code region.<name>}. */
public enum Region {
    AUVERGNE_RHONE_ALPES,
    BOURGOGNE_FRANCHE_COMTE,
    BRETAGNE,
    CENTRE_VAL_DE_LOIRE,
    CORSE,
    GRAND_EST,
    HAUTS_DE_FRANCE,
    ILE_DE_FRANCE,
    NORMANDIE,
    NOUVELLE_AQUITAINE,
    OCCITANIE,
    PAYS_DE_LA_LOIRE,
    PROVENCE_ALPES_COTE_D_AZUR,
    GUADELOUPE,
    GUYANE,
    LA_REUNION,
    MARTINIQUE,
    MAYOTTE,
    ABROAD
}
