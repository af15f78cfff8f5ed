package fr.cohorte.publication;

/** The licences a publication can be released under: the Creative Commons 4.0 choices, or none. */
public enum Licence {
    CC_BY("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
    CC_BY_SA("CC BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
    CC_BY_ND("CC BY-ND 4.0", "https://creativecommons.org/licenses/by-nd/4.0/"),
    CC_BY_NC("CC BY-NC 4.0", "https://creativecommons.org/licenses/by-nc/4.0/"),
    CC_BY_NC_SA("CC BY-NC-SA 4.0", "https://creativecommons.org/licenses/by-nc-sa/4.0/"),
    CC_BY_NC_ND("CC BY-NC-ND 4.0", "https://creativecommons.org/licenses/by-nc-nd/4.0/"),
    ALL_RIGHTS_RESERVED("Tous droits réservés", null);

    private final String label;
    private final String url;

    Licence(String label, String url) {
        this.label = label;
        this.url = url;
    }

    public String label() {
        return label;
    }

    /** The licence deed, or {@code null} when all rights are reserved. */
    public String url() {
        return url;
    }
}
