package fr.cohorte.directory;

import java.util.List;

/**
 * Where persons and organisations of the directory appear in the sessions' programmes. The session
 * module implements it, so the directory shows speakers' and hosts' history without depending on it.
 */
public interface Appearances {

    /** Every activity the person spoke at, oldest first. */
    List<Appearance> ofPerson(long personId);

    /** Every visit the organisation hosted and every talk of its members, oldest first. */
    List<Appearance> ofOrganisation(long organisationId);
}
