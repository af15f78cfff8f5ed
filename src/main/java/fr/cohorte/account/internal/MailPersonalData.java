package fr.cohorte.account.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cohorte.directory.Person;
import fr.cohorte.directory.PersonErased;
import fr.cohorte.directory.PersonalDataSource;
import fr.cohorte.directory.Persons;
import fr.cohorte.mail.MailOutbox;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The mails Cohorte sent or will send to a person, at their directory address or their login
 * address. The mail module knows no person, so this module, which knows both addresses, answers for
 * it: an erased person's mails go (those to their login address with their account, see
 * {@link AccountErasure}).
 */
@Component
class MailPersonalData implements PersonalDataSource {

    private final Persons persons;
    private final AccountRepository accounts;
    private final MailOutbox outbox;

    MailPersonalData(Persons persons, AccountRepository accounts, MailOutbox outbox) {
        this.persons = persons;
        this.accounts = accounts;
        this.outbox = outbox;
    }

    @Override
    public String section() {
        return "mails";
    }

    @Override
    public Set<String> tables() {
        return Set.of("mail_outbox");
    }

    @Override
    public List<Map<String, Object>> about(Long personId) {
        Set<String> addresses = new LinkedHashSet<>();
        persons.byId(personId).map(Person::getEmail).ifPresent(email -> addresses.add(email.toLowerCase()));
        accounts.findByPersonId(personId).ifPresent(account -> addresses.add(account.getEmail().toLowerCase()));
        return addresses.stream().flatMap(address -> outbox.to(address).stream()).map(mail -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("recipient", mail.getRecipient());
            row.put("subject", mail.getSubject());
            row.put("body", mail.getBody());
            row.put("createdAt", mail.getCreatedAt());
            row.put("sentAt", mail.getSentAt());
            return row;
        }).toList();
    }

    @EventListener
    void on(PersonErased erased) {
        persons.byId(erased.personId()).map(Person::getEmail).ifPresent(outbox::forget);
    }
}
