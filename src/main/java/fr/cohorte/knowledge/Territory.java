package fr.cohorte.knowledge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A practice's territory: a French region or department by its INSEE code, or a country abroad by
 * its ISO 3166 alpha-2 code (France itself is given as a region or department).
 */
public record Territory(TerritoryKind kind, String code) {

    private static final Set<String> COUNTRIES = Arrays.stream(Locale.getISOCountries()).collect(Collectors.toUnmodifiableSet());

    public Territory {
        if (!isKnown(kind, code)) {
            throw new IllegalArgumentException("No " + kind + " " + code);
        }
    }

    /** The territory named by a kind and a code as a form or an address gives them, if there is one. */
    public static Optional<Territory> of(TerritoryKind kind, String code) {
        return isKnown(kind, code) ? Optional.of(new Territory(kind, code)) : Optional.empty();
    }

    public static boolean isKnown(TerritoryKind kind, String code) {
        if (kind == null || code == null) {
            return false;
        }
        return switch (kind) {
            case REGION -> TerritoryRegion.byCode(code).isPresent();
            case DEPARTMENT -> TerritoryDepartment.byCode(code).isPresent();
            case COUNTRY -> !"FR".equals(code) && COUNTRIES.contains(code);
        };
    }

    /** The INSEE code of the French region the territory lies in; null abroad. */
    public String regionCode() {
        return switch (kind) {
            case REGION -> code;
            case DEPARTMENT -> TerritoryDepartment.byCode(code).orElseThrow().region().code();
            case COUNTRY -> null;
        };
    }

    /** The territory's name in the reader's language: "Rhône (69)", "Auvergne-Rhône-Alpes", "Allemagne". */
    public String name(Locale locale) {
        return switch (kind) {
            case REGION -> TerritoryRegion.byCode(code).orElseThrow().name(locale);
            case DEPARTMENT -> TerritoryDepartment.byCode(code).orElseThrow().displayName() + " (" + code + ")";
            case COUNTRY -> countryName(code, locale);
        };
    }

    public static String countryName(String isoCode, Locale locale) {
        return Locale.of("", isoCode).getDisplayCountry(locale);
    }

    /** The countries a practice abroad may be in, in the reader's language and alphabetical order. */
    public static java.util.List<String> countries() {
        return COUNTRIES.stream().filter(code -> !code.equals("FR")).sorted().toList();
    }
}
