/**
 * Layout, error pages, languages and the site's own pages. Used by all, uses none.
 */
@ApplicationModule(displayName = "Web", allowedDependencies = {})
package fr.cohorte.web;

import org.springframework.modulith.ApplicationModule;
