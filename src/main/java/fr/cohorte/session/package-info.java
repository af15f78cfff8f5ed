/**
 * Sessions, their seminars and activities, and the participants enrolled. Level 3: uses the directory and the audit trail.
 */
@ApplicationModule(displayName = "Session", allowedDependencies = {"directory", "audit", "search", "web"})
package fr.cohorte.session;

import org.springframework.modulith.ApplicationModule;
