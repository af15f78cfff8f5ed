package fr.cohorte.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param from the sender address of every mail Cohorte sends */
@ConfigurationProperties("cohorte.mail")
public record MailProperties(@DefaultValue("cohorte@localhost") String from) {
}
