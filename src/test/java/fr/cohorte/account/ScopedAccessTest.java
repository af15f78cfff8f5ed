package fr.cohorte.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import fr.cohorte.web.ScopedAccess;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;

/** The one access policy for scoped roles, as the security rules, the pages and the services use it. */
class ScopedAccessTest {

    private static Authentication login(String... authorities) {
        return UsernamePasswordAuthenticationToken.authenticated("someone@institut.test", null,
                AuthorityUtils.createAuthorityList(authorities));
    }

    @Test
    void aCoordinatorOfOneBookIsNotACoordinatorOfABookWhoseIdStartsTheSame() {
        Authentication coordinator = login(RoleGrant.scoped(Role.COORDINATOR, 1).scopedAuthority());

        assertThat(ScopedAccess.staffOr(coordinator, ScopedAccess.COORDINATOR, 1)).isTrue();
        assertThat(ScopedAccess.staffOr(coordinator, ScopedAccess.COORDINATOR, 12)).isFalse();
        assertThat(ScopedAccess.staffOr(coordinator, ScopedAccess.COORDINATOR, "12")).isFalse();
        assertThat(ScopedAccess.holds(coordinator, ScopedAccess.JURY, 1)).as("a coordinator is no juror").isFalse();
    }

    @Test
    void anAddressWhoseScopeIsNotANumberGivesNoScopedAccess() {
        Authentication juror = login(RoleGrant.scoped(Role.JURY, 34).scopedAuthority());

        assertThat(ScopedAccess.holds(juror, ScopedAccess.JURY, "34")).isTrue();
        for (String written : List.of("034", "34 ", "34x", "", "-34", "99999999999999999999")) {
            assertThat(ScopedAccess.holds(juror, ScopedAccess.JURY, written)).as("'%s'", written).isFalse();
        }
        assertThat(ScopedAccess.holds(juror, ScopedAccess.JURY, (String) null)).isFalse();
    }

    @Test
    void staffAndAdministratorsHoldEveryScopeWhileAnonymousVisitorsHoldNone() {
        for (Role role : List.of(Role.STAFF, Role.ADMIN)) {
            assertThat(ScopedAccess.staffOr(login(role.authority()), ScopedAccess.COORDINATOR, "7")).as(role.name()).isTrue();
            assertThat(ScopedAccess.holds(login(role.authority()), ScopedAccess.JURY, 7))
                    .as("%s reads the jury's pages but does not mark as a juror", role).isFalse();
        }
        Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS", "COORDINATOR:7"));
        assertThat(ScopedAccess.staffOr(anonymous, ScopedAccess.COORDINATOR, 7)).isFalse();
        assertThat(ScopedAccess.staffOr(null, ScopedAccess.COORDINATOR, 7)).isFalse();
    }

    @Test
    void everyScopedRoleAGrantCanHoldIsOneThePolicyKnows() {
        assertThat(Arrays.stream(Role.values()).filter(Role::isScoped).map(Role::name))
                .containsExactlyInAnyOrder(ScopedAccess.COORDINATOR, ScopedAccess.PARTICIPANT, ScopedAccess.JURY);
        assertThat(ScopedAccess.scopes(login("COORDINATOR:2", "COORDINATOR:5", "JURY:9", "ROLE_STAFF"), ScopedAccess.COORDINATOR))
                .containsExactlyInAnyOrder(2L, 5L);
    }
}
