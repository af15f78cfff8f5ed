package fr.cohorte.account.internal;

import java.util.Optional;

import fr.cohorte.account.LinkPurpose;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccountLinkRepository extends JpaRepository<AccountLink, Long> {

    Optional<AccountLink> findByTokenHashAndPurpose(String tokenHash, LinkPurpose purpose);

    /** A new link of a kind makes the older ones of that kind useless. */
    @Modifying
    @Query("update AccountLink l set l.usedAt = current_timestamp where l.accountId = :accountId and l.purpose = :purpose and l.usedAt is null")
    void retireAll(Long accountId, LinkPurpose purpose);

    @Modifying(flushAutomatically = true)
    @Query("delete from AccountLink x where x.accountId = :accountId")
    int deleteAllOfAccount(Long accountId);
}
