package fr.cohorte.knowledge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The 18 regions of France since 2016, by their INSEE code. {@code mapId} is the region's id in the
 * vendored map of {@code @svg-maps/france.regions} (null for the overseas regions, which it does not draw).
 */
public enum TerritoryRegion {
    GUADELOUPE("01", "Guadeloupe", null, null),
    MARTINIQUE("02", "Martinique", null, null),
    GUYANE("03", "Guyane", "French Guiana", null),
    LA_REUNION("04", "La Réunion", "Réunion", null),
    MAYOTTE("06", "Mayotte", null, null),
    ILE_DE_FRANCE("11", "Île-de-France", null, "idf"),
    CENTRE_VAL_DE_LOIRE("24", "Centre-Val de Loire", null, "cvl"),
    BOURGOGNE_FRANCHE_COMTE("27", "Bourgogne-Franche-Comté", null, "bfc"),
    NORMANDIE("28", "Normandie", "Normandy", "nor"),
    HAUTS_DE_FRANCE("32", "Hauts-de-France", null, "hdf"),
    GRAND_EST("44", "Grand Est", null, "ges"),
    PAYS_DE_LA_LOIRE("52", "Pays de la Loire", null, "pdl"),
    BRETAGNE("53", "Bretagne", "Brittany", "bre"),
    NOUVELLE_AQUITAINE("75", "Nouvelle-Aquitaine", null, "naq"),
    OCCITANIE("76", "Occitanie", null, "occ"),
    AUVERGNE_RHONE_ALPES("84", "Auvergne-Rhône-Alpes", null, "ara"),
    PROVENCE_ALPES_COTE_D_AZUR("93", "Provence-Alpes-Côte d’Azur", null, "pac"),
    CORSE("94", "Corse", "Corsica", "cor");

    private final String code;
    private final String displayName;
    private final String englishName;
    private final String mapId;

    /** @param englishName the name English gives the region, where it is not the French one (Brittany, Corsica) */
    TerritoryRegion(String code, String displayName, String englishName, String mapId) {
        this.code = code;
        this.displayName = displayName;
        this.englishName = englishName == null ? displayName : englishName;
        this.mapId = mapId;
    }

    public static Optional<TerritoryRegion> byCode(String code) {
        return Arrays.stream(values()).filter(region -> region.code.equals(code)).findFirst();
    }

    public static Optional<TerritoryRegion> byMapId(String mapId) {
        return Arrays.stream(values()).filter(region -> mapId.equals(region.mapId)).findFirst();
    }

    public String code() {
        return code;
    }

    /** The region's French name. */
    public String displayName() {
        return displayName;
    }

    /** The region's name in the reader's language: most are the same, but English says Brittany, Normandy, Corsica. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? englishName : displayName;
    }

    public String mapId() {
        return mapId;
    }
}
