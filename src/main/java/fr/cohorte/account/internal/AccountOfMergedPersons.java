package fr.cohorte.account.internal;

import java.util.List;

import fr.cohorte.directory.Obstacle;
import fr.cohorte.directory.MergeObstacles;
import fr.cohorte.directory.PersonsMerged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The account follows its person into the kept record. A person has at most one account, so two
 * records that both have one cannot merge until an administrator closes one of them.
 */
@Component
class AccountOfMergedPersons implements MergeObstacles {

    private final AccountRepository accounts;

    AccountOfMergedPersons(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public List<Obstacle> between(Long keptId, Long mergedId) {
        var kept = accounts.findByPersonId(keptId);
        var merged = accounts.findByPersonId(mergedId);
        if (kept.isPresent() && merged.isPresent()) {
            return List.of(new Obstacle("merge.obstacle.two-accounts", kept.get().getEmail(), merged.get().getEmail()));
        }
        return List.of();
    }

    @EventListener
    void on(PersonsMerged merged) {
        accounts.findByPersonId(merged.mergedId()).ifPresent(account -> {
            account.moveTo(merged.keptId());
            accounts.flush();
        });
    }
}
