package fr.cohorte.knowledge;

import static fr.cohorte.web.Text.blankToNullStripped;

/**
 * What a reader narrows the registry to, as the list's address gives it; every part optional.
 *
 * @param region     a region's INSEE code: practices in the region or one of its departments
 * @param department a department's INSEE code
 * @param country    a country's ISO 3166 alpha-2 code
 */
public record PracticeFilter(Long type, String region, String department, String country, Long domain, Integer session,
                             PracticeEvidence evidence) {

    public static PracticeFilter none() {
        return new PracticeFilter(null, null, null, null, null, null, null);
    }

    public PracticeFilter {
        region = blankToNullStripped(region);
        department = blankToNullStripped(department);
        country = blankToNullStripped(country);
    }

    public PracticeFilter withRegion(String code) {
        return new PracticeFilter(type, code, null, null, domain, session, evidence);
    }

    public boolean isEmpty() {
        return type == null && region == null && department == null && country == null && domain == null && session == null
                && evidence == null;
    }
}
