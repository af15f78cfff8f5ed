/**
 * The demo data of the default run: the 34th session of the Intefp. Uses every module.
 */
@ApplicationModule(displayName = "Demo", allowedDependencies = {"directory", "session", "publication", "search"})
package fr.cohorte.demo;

import org.springframework.modulith.ApplicationModule;
