package org.crosscheck.account;

import org.crosscheck.DatabaseTest;
import org.crosscheck.TestData;
import org.crosscheck.base.DomainException;
import org.crosscheck.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.TestData.as;
import static org.crosscheck.TestData.run;

@DatabaseTest
class AccountServiceTest {

    @Autowired TestData data;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService userDetails;
    @Autowired PasswordEncoder passwordEncoder;

    private static String fresh() {
        return "acc-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void onlyAnAdministratorCreatesAccountsAndPasswordsAreStoredHashed() {
        String name = fresh();
        UserSummary created = RunAs.admin("admin", () -> accounts.createUser(name.toUpperCase() + " ", "Lena Berg",
                "a-long-password", GlobalRole.USER));
        assertThat(created.username()).isEqualTo(name);
        String hash = userDetails.loadUserByUsername(name).getPassword();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("a-long-password");
        assertThat(passwordEncoder.matches("a-long-password", hash)).isTrue();

        String user = data.user("plain");
        assertThatThrownBy(() -> run(user, () -> accounts.createUser(fresh(), "X", "a-long-password", GlobalRole.ADMIN)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.me()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void invalidAccountsAreRefusedWithAMessage() {
        String taken = data.user("taken");
        assertThatThrownBy(() -> RunAs.admin("admin", () -> accounts.createUser(taken, "T", "a-long-password",
                GlobalRole.USER))).isInstanceOf(DomainException.class).hasMessageContaining("is taken");
        assertThatThrownBy(() -> RunAs.admin("admin", () -> accounts.createUser("a b", "T", "a-long-password",
                GlobalRole.USER))).isInstanceOf(DomainException.class).hasMessageContaining("2 to 64 characters");
        assertThatThrownBy(() -> RunAs.admin("admin", () -> accounts.createUser(fresh(), "T", "short",
                GlobalRole.USER))).isInstanceOf(DomainException.class).hasMessageContaining("at least");
    }

    @Test
    void theFirstAdministratorIsCreatedOnlyOnce() {
        assertThat(accounts.createFirstAdmin("another-password")).isEmpty();
    }

    @Test
    void signedInUsersSeeNamesByIdButNotTheListOfAccounts() {
        String a = data.user("alpha");
        UserSummary me = as(a, () -> accounts.me());
        Map<Long, UserSummary> byId = as(a, () -> accounts.findByIds(java.util.List.of(me.id(), 987_654_321L)));
        assertThat(byId).containsOnlyKeys(me.id());
        assertThat(me.initials()).isEqualTo("AT");
    }
}
