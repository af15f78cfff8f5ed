package fr.cohorte.publication;

import java.util.List;

/** The values the catalogue's filters offer. */
public record CatalogueFacets(List<Integer> years, List<Integer> sessions, List<CatalogueEntry.Publisher> publishers) {
}
