package fr.cohorte.account.internal;

import java.util.List;
import java.util.Optional;

import fr.cohorte.account.AccessToken;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AccessTokenRepository extends JpaRepository<AccessToken, Long> {

    Optional<AccessToken> findByTokenHash(String tokenHash);

    List<AccessToken> findByAccountIdOrderByCreatedAtDesc(Long accountId);
}
