package fr.cohorte.directory;

/**
 * Published inside the merge's transaction, before the merged organisation is deleted: every module
 * moves what refers to {@code mergedId} to {@code keptId}.
 */
public record OrganisationsMerged(Long keptId, Long mergedId) {
}
