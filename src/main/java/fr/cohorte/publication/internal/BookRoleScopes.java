package fr.cohorte.publication.internal;

import java.util.Locale;
import java.util.Optional;

import fr.cohorte.web.RoleScopes;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A coordinator holds their role for a book, whose id is the grant's scope. */
@Component
class BookRoleScopes implements RoleScopes {

    private final PublicationRepository publications;
    private final MessageSource messages;

    BookRoleScopes(PublicationRepository publications, MessageSource messages) {
        this.publications = publications;
        this.messages = messages;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> describe(String role, long scopeId, Locale locale) {
        if (!"COORDINATOR".equals(role)) {
            return Optional.empty();
        }
        return publications.findById(scopeId)
                .map(book -> messages.getMessage("role.scope.publication", new Object[] {book.getTitle()}, locale));
    }
}
