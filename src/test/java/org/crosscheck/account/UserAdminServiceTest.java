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
                transactions, java.time.Clock.systemUTC(), 5, 2);
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
            assertThatThrownBy(() -> run(plain, () -> projects.create("Mine", null))).isInstanceOf(AccessDeniedException.class);
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
