package fr.cohorte.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled    load the 34th session on an empty database
 * @param renderBook render the PDF of the demo's book in the background once the demo is loaded
 */
@ConfigurationProperties("cohorte.demo")
public record DemoProperties(@DefaultValue("false") boolean enabled, @DefaultValue("true") boolean renderBook) {
}
