/**
 * The books that come out of sessions: publications, contributors, co-publishers, chapters. Level 5.
 */
@ApplicationModule(displayName = "Publication", allowedDependencies = {"account", "audit", "directory", "session", "knowledge", "search", "web"})
package fr.cohorte.publication;

import org.springframework.modulith.ApplicationModule;
