/**
 * Who may do what: accounts (a person who can log in), roles, login and its throttling, invitations, password
 * resets, access tokens and the security rules of every page and API call. Level 2: uses the directory.
 */
@ApplicationModule(displayName = "Account", allowedDependencies = {"directory", "mail", "audit", "search", "web"})
package fr.cohorte.account;

import org.springframework.modulith.ApplicationModule;
