package fr.cohorte.audit;

/**
 * A login address was replaced by a pseudonym (its account was erased): modules that name people by
 * their address, as the jury names its jurors, replace it too, in the same transaction.
 */
public record IdentityPseudonymised(String identity, String pseudonym) {
}
