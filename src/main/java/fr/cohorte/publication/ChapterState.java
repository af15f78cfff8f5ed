package fr.cohorte.publication;

/** Where a chapter stands in its review: written, submitted to the coordinators, approved for the book. */
public enum ChapterState {
    DRAFT, IN_REVIEW, APPROVED
}
