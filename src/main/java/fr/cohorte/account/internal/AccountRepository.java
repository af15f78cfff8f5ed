package fr.cohorte.account.internal;

import java.util.List;
import java.util.Optional;

import fr.cohorte.account.Account;
import fr.cohorte.account.Role;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

    @Query("select a from Account a where lower(a.email) = lower(:email)")
    Optional<Account> findByEmail(String email);

    @Query("select count(a) > 0 from Account a join a.roles r where r.role = :role")
    boolean existsWithRole(Role role);

    @Query("select count(a) > 0 from Account a join a.roles r where r.role = :role and a.enabled = true and a.id <> :exceptId")
    boolean existsOtherWithRole(Role role, Long exceptId);

    List<Account> findAllByOrderByEmailAsc();

    Optional<Account> findByPersonId(Long personId);

    @Query("select a.email from Account a join a.roles r where r.role = :role and r.scopeId = :scopeId and a.enabled = true order by a.email")
    List<String> emailsHolding(Role role, long scopeId);
}
