package fr.cohorte.directory;

import java.util.Optional;

import fr.cohorte.directory.internal.PersonRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory's persons, as other modules reach them. */
@Service
@Transactional(readOnly = true)
public class Persons {

    private final PersonRepository persons;

    Persons(PersonRepository persons) {
        this.persons = persons;
    }

    public Optional<Person> byId(Long id) {
        return persons.findById(id);
    }

    public Optional<Person> byEmail(String email) {
        return persons.findByEmail(email.trim());
    }

    /** The person with this e-mail, created with these names when the directory does not know them. */
    @Transactional
    public Person findOrCreate(String email, String givenName, String familyName) {
        return byEmail(email).orElseGet(() -> persons.save(new Person(givenName.trim(), familyName.trim(), email.trim())));
    }
}
