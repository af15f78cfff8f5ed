/**
 * Who did what, when: the audit trail every module writes to (logins, slowed-down attempts, role changes,
 * exports, deletions). Level 0: uses no other module.
 */
@ApplicationModule(displayName = "Audit", allowedDependencies = {})
package fr.cohorte.audit;

import org.springframework.modulith.ApplicationModule;
