package org.crosscheck.account;

import org.crosscheck.DatabaseTest;
import org.crosscheck.TestData;
import org.crosscheck.account.AccountEvents.AccountLocked;
import org.crosscheck.account.AccountEvents.PasswordSet;
import org.crosscheck.account.AccountEvents.UserEnabledChanged;
import org.crosscheck.account.AccountEvents.UserRoleChanged;
import org.crosscheck.account.UserAdminService.UserRow;
import org.crosscheck.base.DomainException;
import org.crosscheck.project.ProjectService;
import org.crosscheck.security.RunAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.crosscheck.TestData.as;
import static org.crosscheck.TestData.run;

/** Administrators manage accounts (issue 12), on H2 and PostgreSQL. */
@DatabaseTest
@RecordApplicationEvents
class UserAdminServiceTest {

    static final String FIRST = "a first password 42";

    @Autowired TestData data;
    @Autowired UserAdminService admin;
    @Autowired AccountService accounts;
    @Autowired AccessTokenService tokens;
    @Autowired ProjectService projects;
    @Autowired AuthenticationProvider signIn;
    @Autowired ApplicationEvents events;

    static <T> T asAdmin(java.util.function.Supplier<T> work) {
        return RunAs.admin("admin", work);
    }

    String fresh() {
        return "u" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aNewAccountMustChooseItsOwnPasswordBeforeMakingTokens() {
        String name = fresh();
        UserRow made = asAdmin(() -> admin.create(name, "New Reviewer", "new@example.org", FIRST, GlobalRole.USER));
        assertThat(made).extracting(UserRow::mustChangePassword, UserRow::enabled, UserRow::email)
                .containsExactly(true, true, "new@example.org");
        assertThat(as(name, () -> accounts.mustChangePassword())).isTrue();
        assertThatThrownBy(() -> run(name, () -> tokens.create("script", TokenScope.READ, 30)))
                .isInstanceOf(DomainException.class).hasMessageContaining("Choose your own password first");
        assertThatThrownBy(() -> run(name, () -> accounts.changeOwnPassword("wrong", "a better password 7")))
                .hasMessageContaining("current password");
        run(name, () -> accounts.changeOwnPassword(FIRST, "a better password 7"));
        assertThat(as(name, () -> accounts.mustChangePassword())).isFalse();
        assertThat(as(name, () -> tokens.create("script", TokenScope.READ, 30)).token()).isNotBlank();
        assertThat(events.stream(PasswordSet.class)).singleElement().extracting(PasswordSet::action).isEqualTo("password-changed");
    }

    @Test
    void passwordsAreLongNotTheUsernameAndNotCommon() {
        String name = fresh();
        assertThatThrownBy(() -> asAdmin(() -> admin.create(name, null, null, "short-one", GlobalRole.USER)))
                .hasMessageContaining("at least 12");
        assertThatThrownBy(() -> asAdmin(() -> admin.create(name, null, null, name + "123", GlobalRole.USER)))
                .hasMessageContaining("username");
        assertThatThrownBy(() -> asAdmin(() -> admin.create(name, null, null, "Password1234", GlobalRole.USER)))
                .hasMessageContaining("common");
        assertThatThrownBy(() -> asAdmin(() -> admin.create(name, null, "not an address", FIRST, GlobalRole.USER)))
                .hasMessageContaining("e-mail");
    }

    @Test
    void twelveSpacesAreNoPasswordWhoeverSetsThem() {
        String spaces = " ".repeat(12);
        String name = fresh();
        assertThatThrownBy(() -> asAdmin(() -> admin.create(name, null, null, spaces, GlobalRole.USER)))
                .hasMessageContaining("6 different characters besides spaces");
        long id = asAdmin(() -> admin.create(name, null, null, FIRST, GlobalRole.USER)).id();
        assertThatThrownBy(() -> asAdmin(() -> {
            admin.resetPassword(id, "ab ab ab ab ab ab");
            return null;
        })).hasMessageContaining("6 different characters besides spaces");
        assertThatThrownBy(() -> run(name, () -> accounts.changeOwnPassword(FIRST, spaces)))
                .hasMessageContaining("6 different characters besides spaces");
        assertThat(events.stream(PasswordSet.class)).as("nothing was set").isEmpty();
    }

    @Test
    void aSaveFromAnAccountPanelOpenedBeforeAnotherAdministratorsSaveIsRefused() {
        UserRow shown = asAdmin(() -> admin.create(fresh(), "Ann Lee", "ann@example.org", FIRST, GlobalRole.USER));
        UserRow first = asAdmin(() -> admin.update(shown.id(), shown.version(), "Ann Lee-Park", "ann@example.org"));
        assertThatThrownBy(() -> asAdmin(() -> admin.update(shown.id(), shown.version(), "Ann Lee", "ann.lee@example.org")))
                .isInstanceOf(org.crosscheck.base.ConcurrentEditException.class)
                .hasMessageContaining("“Ann Lee-Park”").hasMessageContaining("nothing was saved");
        assertThat(asAdmin(() -> admin.get(shown.id()))).extracting(UserRow::displayName, UserRow::email)
                .containsExactly("Ann Lee-Park", "ann@example.org");
        assertThat(asAdmin(() -> admin.update(first.id(), first.version(), "Ann Lee", "ann.lee@example.org")).email())
                .isEqualTo("ann.lee@example.org");
    }

    @Test
    void aDisabledAccountLosesItsTokensAndProjectsAndCanBeEnabledAgain() {
        TestData.Team team = data.team();
        NewAccessToken token = as(team.reviewer(), () -> tokens.create("script", TokenScope.WRITE, 30));
        long id = as(team.reviewer(), () -> accounts.me()).id();
        asAdmin(() -> admin.setEnabled(id, false));
        assertThat(tokens.authenticate(token.token())).as("the token stops working").isEmpty();
        assertThatThrownBy(() -> run(team.reviewer(), () -> projects.get(team.projectId())))
                .as("no role anywhere").isInstanceOf(org.crosscheck.base.NotFoundException.class);
        assertThatThrownBy(() -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(team.reviewer(),
                TestData.PASSWORD))).isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        assertThat(events.stream(UserEnabledChanged.class)).singleElement().extracting(UserEnabledChanged::action)
                .isEqualTo("disabled");
        asAdmin(() -> admin.setEnabled(id, true));
        assertThat(tokens.authenticate(token.token())).isPresent();
    }

    @Test
    void theLastActiveAdministratorCanBeNeitherDisabledNorDemoted() {
        String other = fresh();
        UserRow second = asAdmin(() -> admin.create(other, null, null, FIRST, GlobalRole.ADMIN));
        assertThat(asAdmin(() -> admin.setRole(second.id(), GlobalRole.USER)).role()).isEqualTo(GlobalRole.USER);
        assertThat(events.stream(UserRoleChanged.class)).singleElement().extracting(UserRoleChanged::to)
                .isEqualTo(GlobalRole.USER);
        // Leave "admin" the only active administrator, then try to remove it; put everything back after.
        List<UserRow> others = asAdmin(() -> admin.page("", org.springframework.data.domain.PageRequest.of(0, 200))).stream()
                .filter(u -> u.role() == GlobalRole.ADMIN && u.enabled() && !u.username().equals("admin")).toList();
        others.forEach(u -> asAdmin(() -> admin.setEnabled(u.id(), false)));
        try {
            long me = asAdmin(() -> accounts.me()).id();
            assertThatThrownBy(() -> asAdmin(() -> admin.setEnabled(me, false)))
                    .hasMessageContaining("last active administrator");
            assertThatThrownBy(() -> asAdmin(() -> admin.setRole(me, GlobalRole.USER)))
                    .hasMessageContaining("last active administrator");
        } finally {
            others.forEach(u -> asAdmin(() -> admin.setEnabled(u.id(), true)));
        }
        assertThatThrownBy(() -> as(other, () -> admin.get(second.id()))).as("only administrators")
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountWithTheSameAnswerAsAWrongPassword() {
        String name = data.user("locked");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name,
                    "wrong password " + 0))).isExactlyInstanceOf(BadCredentialsException.class);
        }
        assertThat(events.stream(AccountLocked.class)).singleElement().extracting(AccountLocked::username).isEqualTo(name);
        Throwable locked = org.assertj.core.api.Assertions.catchThrowable(() -> signIn.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(name, TestData.PASSWORD)));
        assertThat(locked).as("even the right password, while locked").isInstanceOf(BadCredentialsException.class)
                .hasMessage("Bad credentials");
        long id = asAdmin(() -> accounts.findByUsername(name)).orElseThrow().id();
        assertThat(asAdmin(() -> admin.get(id)).locked()).isTrue();
        asAdmin(() -> {
            admin.unlock(id);
            return null;
        });
        assertThat(signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, TestData.PASSWORD))
                .isAuthenticated()).isTrue();
        assertThat(asAdmin(() -> admin.get(id)).lastLoginAt()).isNotNull();
    }

    @Autowired AccountUserDetailsService details;
    @Autowired org.springframework.security.crypto.password.PasswordEncoder encoder;
    @Autowired LoginThrottle throttle;
    @Autowired EnabledAccounts enabledAccounts;
    @Autowired org.springframework.context.ApplicationEventPublisher publisher;
    @Autowired org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void anAddressThatFailsAgainstManyUsernamesIsSlowedDownNeverLockedOut() {
        // The provider as configured in production, but allowing 2 failures per address, and
        // recording its waits instead of sleeping them.
        var provider = new ThrottledAuthenticationProvider(details, encoder, throttle, enabledAccounts, publisher,
                transactions, java.time.Clock.systemUTC(), 5, 2, 5);
        List<Long> waits = new java.util.ArrayList<>();
        provider.pauseWith(waits::add);
        var request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setRemoteAddr("198.51.100." + (1 + new java.util.Random().nextInt(250)));
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(request));
        try {
            for (int i = 0; i < 4; i++) {
                String someone = "nobody-" + i + "-" + fresh();
                assertThatThrownBy(() -> provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(someone,
                        "guess"))).isInstanceOf(BadCredentialsException.class);
            }
            assertThat(waits).as("nothing for the first two, then longer and longer").containsExactly(500L, 1000L);
            String real = data.user("shared");
            assertThat(provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(real, TestData.PASSWORD))
                    .isAuthenticated()).as("slowed down, not locked out").isTrue();
            assertThat(waits).containsExactly(500L, 1000L, 2000L);
        } finally {
            org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        }
    }

    /** The provider as configured in production, from a client address, recording its waits instead of sleeping them. */
    private <T> T from(String address, List<Long> waits, java.util.function.Function<ThrottledAuthenticationProvider, T> work) {
        var provider = new ThrottledAuthenticationProvider(details, encoder, throttle, enabledAccounts, publisher,
                transactions, java.time.Clock.systemUTC(), 5, 20, 5);
        provider.pauseWith(waits::add);
        var request = new org.springframework.mock.web.MockHttpServletRequest();
        request.setRemoteAddr(address);
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(request));
        try {
            return work.apply(provider);
        } finally {
            org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        }
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }

    private static String someAddress(String net) {
        return net + "." + (1 + new java.util.Random().nextInt(250));
    }

    @Test
    void failuresSpreadOverManyAddressesSlowAUsernameDownButNeverLockIt() {
        String name = data.user("target");
        List<Long> waits = new java.util.ArrayList<>();
        for (int a = 0; a < 6; a++) {
            String address = someAddress("203.0." + (100 + a));
            for (int i = 0; i < 4; i++) {
                assertThatThrownBy(() -> from(address, waits, p -> p.authenticate(attempt(name, "a guess"))))
                        .isExactlyInstanceOf(BadCredentialsException.class);
            }
        }
        assertThat(events.stream(AccountLocked.class)).as("4 failures from each address lock none").isEmpty();
        assertThat(waits).as("after 5 failures, 0.25 s doubling, at most 3 s")
                .startsWith(250L, 500L, 1000L, 2000L, 3000L).allMatch(w -> w <= 3000L);
        waits.clear();
        assertThat(from(someAddress("198.51.100"), waits, p -> p.authenticate(attempt(name, TestData.PASSWORD)))
                .isAuthenticated()).as("slowed down, not locked").isTrue();
        assertThat(waits).containsExactly(3000L);
        waits.clear();
        assertThat(from(someAddress("198.51.100"), waits, p -> p.authenticate(attempt(name, TestData.PASSWORD)))
                .isAuthenticated()).isTrue();
        assertThat(waits).as("a sign-in clears the username's count").isEmpty();
    }

    @Test
    void theLastActiveAdministratorIsNeverLockedOutEvenFromTheLockedAddress() {
        List<UserRow> others = asAdmin(() -> admin.page("", org.springframework.data.domain.PageRequest.of(0, 500))).stream()
                .filter(u -> u.role() == GlobalRole.ADMIN && u.enabled() && !u.username().equals("admin")).toList();
        others.forEach(u -> asAdmin(() -> admin.setEnabled(u.id(), false)));
        String address = someAddress("192.0.2");
        List<Long> waits = new java.util.ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                assertThatThrownBy(() -> from(address, waits, p -> p.authenticate(attempt("admin", "a guess"))))
                        .isExactlyInstanceOf(BadCredentialsException.class);
            }
            assertThat(events.stream(AccountLocked.class)).singleElement().extracting(AccountLocked::username)
                    .isEqualTo("admin");
            waits.clear();
            assertThat(from(address, waits, p -> p.authenticate(attempt("admin", "admin-test-password"))).isAuthenticated())
                    .as("the right password, from the locked address").isTrue();
            assertThat(waits).as("after the longest wait").containsExactly(ThrottledAuthenticationProvider.MAX_USERNAME_WAIT_MILLIS);
            // Anyone else is refused from an address their failures locked.
            String name = data.user("other");
            for (int i = 0; i < 5; i++) {
                assertThatThrownBy(() -> from(address, waits, p -> p.authenticate(attempt(name, "a guess"))))
                        .isExactlyInstanceOf(BadCredentialsException.class);
            }
            assertThatThrownBy(() -> from(address, waits, p -> p.authenticate(attempt(name, TestData.PASSWORD))))
                    .isInstanceOf(ThrottledAuthenticationProvider.Throttled.class);
        } finally {
            others.forEach(u -> asAdmin(() -> admin.setEnabled(u.id(), true)));
            throttle.unlock("admin");
        }
    }

    @Test
    void anAdministratorsResetRevokesTheTokensAndSuspendsAnyLeftUntilTheUserChoosesAPassword() {
        String name = data.user("reset");
        NewAccessToken first = as(name, () -> tokens.create("one", TokenScope.WRITE, 30));
        NewAccessToken second = as(name, () -> tokens.create("two", TokenScope.READ, null));
        long id = asAdmin(() -> accounts.findByUsername(name)).orElseThrow().id();
        long adminId = asAdmin(() -> accounts.me()).id();
        asAdmin(() -> {
            admin.resetPassword(id, FIRST);
            return null;
        });
        assertThat(events.stream(AccountEvents.TokenRevoked.class)).extracting(AccountEvents.TokenRevoked::tokenId,
                AccountEvents.TokenRevoked::byUserId).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(first.summary().id(), adminId),
                org.assertj.core.groups.Tuple.tuple(second.summary().id(), adminId));
        assertThat(tokens.check(first.token()).refusal()).isEqualTo(AccessTokenService.TokenRefusal.PASSWORD_CHANGE_REQUIRED);
        assertThat(tokens.authenticate(second.token())).isEmpty();
        run(name, () -> accounts.changeOwnPassword(FIRST, "a better password 7"));
        assertThat(tokens.check(first.token()).refusal()).isEqualTo(AccessTokenService.TokenRefusal.INVALID);
        assertThat(tokens.authenticate(as(name, () -> tokens.create("three", TokenScope.READ, 1)).token())).isPresent();
    }

    @Test
    void whenOnlyCreatorsMayCreateProjectsOthersMayNot() {
        String plain = data.user("plain");
        String creator = data.user("creator");
        long creatorId = asAdmin(() -> accounts.findByUsername(creator)).orElseThrow().id();
        asAdmin(() -> admin.setProjectCreator(creatorId, true));
        asAdmin(() -> {
            admin.setProjectCreation(ProjectCreation.CREATORS);
            return null;
        });
        try {
            assertThat(as(plain, () -> accounts.mayCreateProjects())).isFalse();
            assertThatThrownBy(() -> run(plain, () -> projects.create("Mine", null))).isInstanceOf(AccessDeniedException.class)
                    .hasMessage("Creating or importing projects needs the project creator right; "
                            + "an administrator can give it to you.");
            assertThat(as(creator, () -> projects.create("Theirs", null)).name()).isEqualTo("Theirs");
        } finally {
            asAdmin(() -> {
                admin.setProjectCreation(ProjectCreation.EVERYONE);
                return null;
            });
        }
        assertThat(as(plain, () -> projects.create("Mine", null)).name()).isEqualTo("Mine");
    }
}
