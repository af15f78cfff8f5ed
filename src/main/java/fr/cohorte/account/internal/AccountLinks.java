package fr.cohorte.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import fr.cohorte.account.Account;
import fr.cohorte.account.LinkPurpose;
import fr.cohorte.web.SecretTokens;
import org.springframework.stereotype.Component;

/**
 * The single-use links mailed to open an account or reset its password: only their hash is kept, and
 * a new link of a kind retires the older ones of that kind.
 */
@Component
public class AccountLinks {

    private final AccountLinkRepository links;
    private final Clock clock;

    AccountLinks(AccountLinkRepository links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    /** Issues a link valid for {@code validity}; answers the token to put in the mailed address. */
    public String issue(Account account, LinkPurpose purpose, Duration validity) {
        links.retireAll(account.getId(), purpose);
        String token = SecretTokens.newToken();
        Instant now = clock.instant();
        links.save(new AccountLink(account.getId(), purpose, SecretTokens.hash(token), now, now.plus(validity)));
        return token;
    }

    /** The link a token opens, if it was issued for that purpose, is not used and has not expired. */
    public Optional<AccountLink> usable(String token, LinkPurpose purpose) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        return links.findByTokenHashAndPurpose(SecretTokens.hash(token), purpose).filter(link -> link.isUsable(clock.instant()));
    }

    /** The link can not be used again. */
    public void use(AccountLink link) {
        link.use(clock.instant());
    }
}
