package fr.cohorte.web;

/**
 * A logged-in principal that knows its person in the directory, so that pages about "me" (my
 * programme, my calendar) find the person without the web layer knowing about accounts.
 */
public interface PersonalPrincipal {

    Long personId();
}
