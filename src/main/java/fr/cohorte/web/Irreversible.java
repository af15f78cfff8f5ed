package fr.cohorte.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the POST of an action that cannot be undone. Without {@link Consequences#CONFIRMED}{@code =true}
 * (posted only by the confirmation's form), the request does not reach the handler: it is sent to the
 * same URL as a GET, which shows the action's {@link Consequences}. An old one-click form or a crafted
 * post thus loses nothing and changes nothing.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Irreversible {
}
