package fr.cohorte.account.internal;

import fr.cohorte.account.AccountProperties;
import fr.cohorte.web.SiteAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On the first start, creates the administrator and tells in the log how to log in. */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final EnsureFirstAdministrator firstAdministrator;
    private final AccountProperties properties;
    private final SiteAddress site;

    FirstAdministrator(EnsureFirstAdministrator firstAdministrator, AccountProperties properties, SiteAddress site) {
        this.firstAdministrator = firstAdministrator;
        this.properties = properties;
        this.site = site;
    }

    @Override
    public void run(ApplicationArguments args) {
        firstAdministrator.ensure().ifPresent(password -> log.warn("""

                ================================================================================
                 First administrator created. Log in at {}
                   e-mail:   {}
                   password: {}   (one-time: you will choose your own at first login)
                 Set COHORTE_ADMIN_EMAIL and COHORTE_ADMIN_PASSWORD to choose them yourself.
                ================================================================================""",
                site.link("/login"), properties.adminEmail(), password));
    }
}
