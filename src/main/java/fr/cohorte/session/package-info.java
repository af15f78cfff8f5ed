/**
 * Sessions, their seminars and activities, and the participants enrolled. Level 3: uses the directory.
 */
@ApplicationModule(displayName = "Session", allowedDependencies = {"directory", "web"})
package fr.cohorte.session;

import org.springframework.modulith.ApplicationModule;
