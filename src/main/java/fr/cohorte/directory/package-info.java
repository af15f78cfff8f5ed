/**
 * Persons, organisations, the horizons they come from and partnerships between institutions. Level 1: uses no other module.
 */
@ApplicationModule(displayName = "Directory", allowedDependencies = {"audit", "search", "web"})
package fr.cohorte.directory;

import org.springframework.modulith.ApplicationModule;
