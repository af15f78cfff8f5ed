package fr.cohorte.directory;

/**
 * A person was erased (anonymised in place). Published inside the erasing transaction: each
 * module that holds personal data about them forgets it in its listener, or the erasure fails whole.
 */
public record PersonErased(Long personId) {
}
