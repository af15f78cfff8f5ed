package fr.cohorte.session;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Collator;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    /** The zone to propose for a country when the one chosen is not one of its own. */
    public String proposed(String country, String current) {
        List<String> own = zonesOf(country);
        return own.isEmpty() || own.contains(current) ? current : own.getFirst();
    }
}
