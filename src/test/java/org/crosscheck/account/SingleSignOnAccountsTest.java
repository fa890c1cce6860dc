package org.crosscheck.account;

import org.crosscheck.DatabaseTest;
import org.crosscheck.base.DomainException;
import org.crosscheck.security.RunAs;
import org.crosscheck.security.SignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Accounts of an identity provider: found by issuer and subject, never by a name someone at the
 * provider can choose; rights follow configured groups only, and only when the provider sends
 * groups at all; the provider's words are cleaned like any input; such an account has no password.
 */
@DatabaseTest
class SingleSignOnAccountsTest {

    private static final String ISSUER = "https://sso.example.org/realms/newsroom";

    @Autowired AppUserRepository users;
    @Autowired org.springframework.security.crypto.password.PasswordEncoder passwords;
    @Autowired org.springframework.context.ApplicationEventPublisher events;
    @Autowired java.time.Clock clock;
    @Autowired org.springframework.transaction.PlatformTransactionManager transactions;
    @Autowired UserDetailsService userDetails;
    @Autowired UserAdminService admin;
    @Autowired org.crosscheck.TestData data;

    /**
     * The service as an installation with admin groups has it: made here rather than by a context of
     * its own (a second application context in one test run would install its own security holder).
     */
    private final class Accounts {
        SignedInUser signIn(ProviderIdentity identity) {
            SingleSignOnAccounts service = new SingleSignOnAccounts(users, new SingleSignOnProperties(null,
                    java.util.List.of("sso-admins"), null, null, null, null), passwords, events, clock);
            return new org.springframework.transaction.support.TransactionTemplate(transactions)
                    .execute(status -> service.signIn(identity));
        }
    }

    private final Accounts accounts = new Accounts();

    private static String subject() {
        return UUID.randomUUID().toString();
    }

    @Test
    void aPersonWhoPicksAnExistingUsernameGetsAnAccountOfTheirOwn() {
        String taken = data.user("sso-taken");
        SignedInUser signedIn = accounts.signIn(new ProviderIdentity(ISSUER, subject(), taken,
                "Eve\nEvil\u0002", "not-an-address", Set.of()));
        assertThat(signedIn.getUsername()).isEqualTo(taken + "-2");
        AppUser made = users.findByUsername(taken + "-2").orElseThrow();
        assertThat(made.getDisplayName()).as("one line, no control characters").isEqualTo("Eve Evil");
        assertThat(made.getEmail()).as("not an e-mail address: left out").isNull();
        assertThatThrownBy(() -> userDetails.loadUserByUsername(taken + "-2"))
                .as("no password signs in to it").isInstanceOf(UsernameNotFoundException.class);
    }

    @Test
    void theAdministratorRoleFollowsTheGroupsButNotAMissingClaim() {
        String sub = subject();
        String name = "sso-" + sub.substring(0, 8);
        accounts.signIn(new ProviderIdentity(ISSUER, sub, name, "Ada", name + "@example.org", Set.of("sso-admins")));
        assertThat(users.findByUsername(name).orElseThrow().getGlobalRole()).isEqualTo(GlobalRole.ADMIN);

        accounts.signIn(new ProviderIdentity(ISSUER, sub, name, "Ada", null, null));
        assertThat(users.findByUsername(name).orElseThrow().getGlobalRole())
                .as("no groups claim is not 'in no group'").isEqualTo(GlobalRole.ADMIN);

        accounts.signIn(new ProviderIdentity(ISSUER, sub, "renamed", "Ada", null, Set.of("readers")));
        AppUser after = users.findByUsername(name).orElseThrow();
        assertThat(after.getGlobalRole()).as("left the admin group").isEqualTo(GlobalRole.USER);
        assertThat(after.isProjectCreator()).as("no creator groups configured: left to the Users page").isFalse();

        long id = after.getId();
        assertThatThrownBy(() -> RunAs.admin("admin", () -> {
            admin.resetPassword(id, "a-long-enough-password");
            return null;
        })).isInstanceOf(DomainException.class).hasMessageContaining("has no password here");
    }

    @Test
    void aDisabledAccountStaysOutWhateverTheProviderSays() {
        String sub = subject();
        String name = "sso-" + sub.substring(0, 8);
        accounts.signIn(new ProviderIdentity(ISSUER, sub, name, "Bo", null, Set.of()));
        long id = users.findByUsername(name).orElseThrow().getId();
        RunAs.admin("admin", () -> admin.setEnabled(id, false));
        assertThatThrownBy(() -> accounts.signIn(new ProviderIdentity(ISSUER, sub, name, "Bo", null, Set.of("sso-admins"))))
                .isInstanceOf(DisabledException.class);
        assertThat(users.findByUsername(name).orElseThrow().getGlobalRole()).isEqualTo(GlobalRole.USER);
    }
}
