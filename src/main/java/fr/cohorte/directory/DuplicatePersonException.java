package fr.cohorte.directory;

import java.util.List;

/** Creating this person would repeat someone the directory already holds (same e-mail, or same name in the same organisation). */
public class DuplicatePersonException extends RuntimeException {

    private final List<Person> existing;

    public DuplicatePersonException(List<Person> existing) {
        super("Possible duplicate of " + existing.stream().map(Person::getId).toList());
        this.existing = List.copyOf(existing);
    }

    public List<Person> existing() {
        return existing;
    }
}
