package fr.cohorte.knowledge;

/**
 * A save made on a version older than the one saved: it never overwrites. It carries what was saved
 * in between, so the writer sees both texts and saves again knowingly.
 */
public class ContributionConflictException extends RuntimeException {

    private final ContributionVersion saved;

    public ContributionConflictException(ContributionVersion saved) {
        super("Contribution " + saved.getContributionId() + " was saved as version " + saved.getNumber() + " in between");
        this.saved = saved;
    }

    public ContributionVersion saved() {
        return saved;
    }
}
