package fr.cohorte.account.internal;

import java.util.List;
import java.util.Optional;

import fr.cohorte.account.AccessToken;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccessTokenRepository extends JpaRepository<AccessToken, Long> {

    Optional<AccessToken> findByTokenHash(String tokenHash);

    List<AccessToken> findByAccountIdOrderByCreatedAtDesc(Long accountId);

    @Modifying(flushAutomatically = true)
    @Query("delete from AccessToken x where x.accountId = :accountId")
    int deleteAllOfAccount(Long accountId);
}
