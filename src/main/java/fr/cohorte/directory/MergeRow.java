package fr.cohorte.directory;

/** One line of the merge screen: a field and its value in each record, as staff read them. */
public record MergeRow(PersonField field, String kept, String merged) {

    public boolean differs() {
        return !kept.equals(merged);
    }

    /** The value proposed by default: the kept one, unless it is empty and the other is not. */
    public boolean mergedByDefault() {
        return kept.isEmpty() && !merged.isEmpty();
    }
}
