package fr.cohorte.directory;

/**
 * Two records of the same person became one. Published inside the merging transaction, before
 * the merged record is deleted: every module moves what it holds about {@code mergedId} to
 * {@code keptId} in its listener, or the merge fails whole.
 */
public record PersonsMerged(Long keptId, Long mergedId) {
}
