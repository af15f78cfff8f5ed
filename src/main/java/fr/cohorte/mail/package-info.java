/**
 * Outgoing mail through a transactional outbox: modules queue a mail in the transaction of the
 * change that causes it; a background job sends it. Level 0: uses no other module.
 */
@ApplicationModule(displayName = "Mail", allowedDependencies = {})
package fr.cohorte.mail;

import org.springframework.modulith.ApplicationModule;
