/**
 * Working groups that mix: rounds of group work, the rules a plan must follow and the solver that
 * forms the groups so that people of different horizons work together and the same pairs meet as
 * rarely as possible. Level 4: may use the directory and sessions.
 */
@ApplicationModule(displayName = "Grouping", allowedDependencies = {"audit", "directory", "session", "web"})
package fr.cohorte.grouping;

import org.springframework.modulith.ApplicationModule;
