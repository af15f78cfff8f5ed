package fr.cohorte.directory;

/** What staff type about an organisation. */
public record OrganisationDetails(String name, String shortName, OrganisationKind kind, String website,
                                  String siren, String siret, String address) {
}
