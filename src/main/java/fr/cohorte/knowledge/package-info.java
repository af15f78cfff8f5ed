/**
 * What the cohort learns during the year: contributions (notes, testimonies, group syntheses) on the
 * hearings and visits, the registry of cooperation practices drawn from them, and recommendations;
 * compiling them into a starting draft for a chapter. Level 4: uses the directory, accounts, sessions
 * and grouping (a group's synthesis); the publication module uses it for practice cards.
 */
@ApplicationModule(displayName = "Knowledge", allowedDependencies = {"directory", "account", "session", "grouping", "audit", "search", "web"})
package fr.cohorte.knowledge;

import org.springframework.modulith.ApplicationModule;
