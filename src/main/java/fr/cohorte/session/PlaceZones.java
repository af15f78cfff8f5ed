package fr.cohorte.session;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.text.Normalizer;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Countries and the time zones of their places, from the tz database's {@code zone.tab} (public
 * domain, copied in {@code session/zone.tab}): where a seminar takes place proposes its time zone.
 */
@Component("placeZones")
public class PlaceZones {

    /** A country as a select shows it. */
    public record Country(String code, String name) {
    }

    private final Map<String, List<String>> zonesByCountry = new LinkedHashMap<>();
    private final List<String> allZones;

    PlaceZones() {
        try (var reader = new BufferedReader(new InputStreamReader(
                PlaceZones.class.getResourceAsStream("/session/zone.tab"), StandardCharsets.US_ASCII))) {
            reader.lines().filter(line -> !line.startsWith("#") && !line.isBlank()).map(line -> line.split("\t"))
                    .filter(cells -> ZoneId.getAvailableZoneIds().contains(cells[2]))
                    .forEach(cells -> zonesByCountry.computeIfAbsent(cells[0], code -> new ArrayList<>()).add(cells[2]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        allZones = zonesByCountry.values().stream().flatMap(List::stream).sorted().toList();
    }

    public boolean isCountry(String code) {
        return zonesByCountry.containsKey(code);
    }

    /** Every country with a time zone, by name in the reader's language. */
    public List<Country> countries(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return zonesByCountry.keySet().stream()
                .map(code -> new Country(code, Locale.of("", code).getDisplayCountry(locale)))
                .sorted(Comparator.comparing(Country::name, collator))
                .toList();
    }

    /** The zones of a country, the most populated area first (the order of zone.tab). */
    public List<String> zonesOf(String country) {
        return zonesByCountry.getOrDefault(country, List.of());
    }

    /** Zones of places, in alphabetical order. */
    public List<String> all() {
        return allZones;
    }

    /**
     * The zone to propose for a place: the country's zone named after the city (Montréal finds
     * America/Toronto through the America/Montreal alias), else the one chosen if it is the
     * country's, else the country's first.
     */
    public String proposed(String country, String city, String current) {
        List<String> own = zonesOf(country);
        if (own.isEmpty()) {
            return current;
        }
        Optional<String> named = namedAfter(city, own);
        if (named.isPresent()) {
            return named.get();
        }
        return own.contains(current) ? current : own.getFirst();
    }

    private static Optional<String> namedAfter(String city, List<String> own) {
        String wanted = placeName(city == null ? "" : city);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return ZoneId.getAvailableZoneIds().stream()
                .filter(id -> placeName(id.substring(id.lastIndexOf('/') + 1)).equals(wanted))
                .map(ZoneId::of)
                .flatMap(zone -> own.stream().filter(candidate -> ZoneId.of(candidate).getRules().equals(zone.getRules())).limit(1))
                .findFirst();
    }

    private static String placeName(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
