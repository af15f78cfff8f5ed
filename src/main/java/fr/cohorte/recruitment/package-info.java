/**
 * Applications, jury scores and the selection of a cohort that honours quotas while keeping the best
 * scores, with the reason for every outcome. Level 4: uses the directory, accounts (the
 * base address of links in mails) and sessions.
 */
@ApplicationModule(displayName = "Recruitment", allowedDependencies = {"directory", "account", "session", "web", "mail", "audit"})
package fr.cohorte.recruitment;

import org.springframework.modulith.ApplicationModule;
