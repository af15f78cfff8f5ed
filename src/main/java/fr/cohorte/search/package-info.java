/**
 * One search over all of Cohorte. Each module marks what it indexes and declares, for every item, who
 * may see it; this module owns the French analysis, the query (visibility inside it, facets counted
 * by it) and the search page. Level 0: it knows no other module, only what they declare through its
 * interfaces.
 */
@ApplicationModule(displayName = "Search", allowedDependencies = {"web"})
package fr.cohorte.search;

import org.springframework.modulith.ApplicationModule;
