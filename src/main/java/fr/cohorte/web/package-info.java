/**
 * Layout, error pages, languages and the site's own pages, and what every module shares without a
 * business rule: paging of lists, secrets of links and tokens, spreadsheets. Used by all, uses none.
 */
@ApplicationModule(displayName = "Web", allowedDependencies = {})
package fr.cohorte.web;

import org.springframework.modulith.ApplicationModule;
