package fr.cohorte.knowledge;

/** What a contribution is: one person's notes, a testimony, or a working group's synthesis. */
public enum ContributionKind {
    NOTE,
    TESTIMONY,
    SYNTHESIS
}
