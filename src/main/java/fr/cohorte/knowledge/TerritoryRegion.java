package fr.cohorte.knowledge;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 18 regions of France since 2016, by their INSEE code. {@code mapId} is the region's id in the
 * vendored map of {@code @svg-maps/france.regions} (null for the overseas regions, which it does not draw).
 */
public enum TerritoryRegion {
    GUADELOUPE("01", "Guadeloupe", null),
    MARTINIQUE("02", "Martinique", null),
    GUYANE("03", "Guyane", null),
    LA_REUNION("04", "La Réunion", null),
    MAYOTTE("06", "Mayotte", null),
    ILE_DE_FRANCE("11", "Île-de-France", "idf"),
    CENTRE_VAL_DE_LOIRE("24", "Centre-Val de Loire", "cvl"),
    BOURGOGNE_FRANCHE_COMTE("27", "Bourgogne-Franche-Comté", "bfc"),
    NORMANDIE("28", "Normandie", "nor"),
    HAUTS_DE_FRANCE("32", "Hauts-de-France", "hdf"),
    GRAND_EST("44", "Grand Est", "ges"),
    PAYS_DE_LA_LOIRE("52", "Pays de la Loire", "pdl"),
    BRETAGNE("53", "Bretagne", "bre"),
    NOUVELLE_AQUITAINE("75", "Nouvelle-Aquitaine", "naq"),
    OCCITANIE("76", "Occitanie", "occ"),
    AUVERGNE_RHONE_ALPES("84", "Auvergne-Rhône-Alpes", "ara"),
    PROVENCE_ALPES_COTE_D_AZUR("93", "Provence-Alpes-Côte d’Azur", "pac"),
    CORSE("94", "Corse", "cor");

    private final String code;
    private final String displayName;
    private final String mapId;

    TerritoryRegion(String code, String displayName, String mapId) {
        this.code = code;
        this.displayName = displayName;
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

    /** The region's name: a proper name, the same in French and English. */
    public String displayName() {
        return displayName;
    }

    public String mapId() {
        return mapId;
    }
}
