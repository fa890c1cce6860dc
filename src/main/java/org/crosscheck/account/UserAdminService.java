package org.crosscheck.account;

import org.crosscheck.account.AccountEvents.AccountUnlocked;
import org.crosscheck.account.AccountEvents.PasswordSet;
import org.crosscheck.account.AccountEvents.ProjectCreationChanged;
import org.crosscheck.account.AccountEvents.ProjectCreatorChanged;
import org.crosscheck.account.AccountEvents.UserCreated;
import org.crosscheck.account.AccountEvents.UserDetailsChanged;
import org.crosscheck.account.AccountEvents.UserEnabledChanged;
import org.crosscheck.account.AccountEvents.UserRoleChanged;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.base.Texts;
import org.crosscheck.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Administrators manage accounts: create (with a first password the user must change), edit,
 * disable and enable, reset a password (which revokes the user's tokens), grant or remove ADMIN and the project creator right,
 * unlock after failed sign-ins, and decide who may create projects. Every change publishes one
 * event. The last active administrator can be neither disabled nor demoted.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class UserAdminService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** An account as the Users screen lists it. */
    public record UserRow(long id, String username, String displayName, String email, GlobalRole role, boolean enabled,
                          boolean mustChangePassword, boolean projectCreator, Instant lastLoginAt, Instant createdAt,
                          long projects, boolean locked, long version) {
    }

    private final AppUserRepository users;
    private final AccountFactory factory;
    private final AccountService accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AppSettings settings;
    private final LoginThrottle throttle;
    private final AccessTokenService tokens;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    /** The project feature's count of memberships. */
    private final UserMemberships memberships;

    UserAdminService(AppUserRepository users, AccountFactory factory, AccountService accounts, PasswordEncoder passwordEncoder,
                     CurrentUser currentUser, AppSettings settings, LoginThrottle throttle, AccessTokenService tokens,
                     ApplicationEventPublisher events, Clock clock,
                     UserMemberships memberships) {
        this.memberships = memberships;
        this.tokens = tokens;
        this.users = users;
        this.factory = factory;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.settings = settings;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    /** A page of accounts whose username, name or e-mail holds {@code search} (all when blank), by username. */
    public List<UserRow> page(String search, org.springframework.data.domain.Pageable pageable) {
        List<AppUser> page = users.search(pattern(search), org.crosscheck.base.Paging.capped(pageable));
        Map<Long, Long> projects = page.isEmpty() ? Map.of()
                : memberships.projectCounts(page.stream().map(AppUser::getId).toList());
        Instant now = clock.instant();
        return page.stream().map(u -> row(u, projects.getOrDefault(u.getId(), 0L), now)).toList();
    }

    public long count(String search) {
        return users.countSearch(pattern(search));
    }

    public UserRow get(long userId) {
        AppUser u = load(userId);
        Map<Long, Long> projects = memberships.projectCounts(List.of(userId));
        return row(u, projects.getOrDefault(userId, 0L), clock.instant());
    }

    /** A new account; the user must change the first password at their first sign-in. */
    @Transactional
    public UserRow create(String username, String displayName, String email, String initialPassword, GlobalRole role) {
        String mail = email(email);
        AppUser user = factory.create(username, displayName, initialPassword, role == null ? GlobalRole.USER : role);
        user.setDetails(user.getDisplayName(), mail);
        user.setPassword(user.getPasswordHash(), true);
        events.publishEvent(new UserCreated(user.getId(), user.getUsername(), user.getDisplayName(), user.getGlobalRole(),
                me()));
        return get(user.getId());
    }

    @Transactional
    public UserRow update(long userId, String displayName, String email) {
        changeDetails(load(userId), displayName, email);
        return get(userId);
    }

    /**
     * As {@link #update(long, String, String)}, for the account as read at {@code expectedVersion}:
     * refused if it changed since (another administrator saved it, or the user signed in), so a
     * form opened earlier cannot overwrite a newer name or address unseen.
     */
    @Transactional
    public UserRow update(long userId, long expectedVersion, String displayName, String email) {
        AppUser user = load(userId);
        if (user.getEmail() == null) {
            user.requireVersion(expectedVersion, "account.error.changed-no-email", user.getUsername(), user.getDisplayName());
        } else {
            user.requireVersion(expectedVersion, "account.error.changed", user.getUsername(), user.getDisplayName(),
                    user.getEmail());
        }
        changeDetails(user, displayName, email);
        return get(userId);
    }

    /** Disables (the user's sessions end and their tokens stop working) or enables an account. */
    @Transactional
    public UserRow setEnabled(long userId, boolean enabled) {
        changeEnabled(load(userId), enabled);
        return get(userId);
    }

    @Transactional
    public UserRow setRole(long userId, GlobalRole role) {
        changeRole(load(userId), Objects.requireNonNull(role));
        return get(userId);
    }

    private void changeDetails(AppUser user, String displayName, String email) {
        String name = Texts.optionalLine(displayName, 200, "The name");
        if (name == null) {
            throw DomainException.onField("displayName", "account.error.name-empty");
        }
        String mail = email(email);
        AccountDetails before = new AccountDetails(user.getDisplayName(), user.getEmail());
        AccountDetails after = new AccountDetails(name, mail);
        if (!before.equals(after)) {
            user.setDetails(name, mail);
            events.publishEvent(new UserDetailsChanged(user.getId(), user.getUsername(), before, after, me()));
        }
    }

    private void changeEnabled(AppUser user, boolean enabled) {
        if (user.isEnabled() == enabled) {
            return;
        }
        if (!enabled) {
            requireAnotherActiveAdmin(user, "disabled");
        }
        user.setEnabled(enabled);
        events.publishEvent(new UserEnabledChanged(user.getId(), user.getUsername(), !enabled, enabled, me()));
    }

    private void changeRole(AppUser user, GlobalRole role) {
        GlobalRole from = user.getGlobalRole();
        if (from == role) {
            return;
        }
        if (from == GlobalRole.ADMIN) {
            requireAnotherActiveAdmin(user, "demoted");
        }
        user.setGlobalRole(role);
        events.publishEvent(new UserRoleChanged(user.getId(), user.getUsername(), from, role, me()));
    }

    /**
     * A new password the user must change at their next sign-in (never logged, never in the event).
     * The user's tokens are revoked: a reset is often made because the old password is no longer
     * trusted, and a token made with it would outlive the reset otherwise.
     */
    @Transactional
    public void resetPassword(long userId, String password) {
        changePassword(load(userId), password);
    }

    @Transactional
    public UserRow setProjectCreator(long userId, boolean creator) {
        changeProjectCreator(load(userId), creator);
        return get(userId);
    }

    private void changePassword(AppUser user, String password) {
        if (user.isSingleSignOn()) {
            // Such an account signs in only through its provider; a password here would never be
            // accepted and would only send the person to "choose your password" at every page.
            throw DomainException.onField("password", "account.error.sso-no-password", user.getUsername());
        }
        PasswordPolicy.check(password, user.getUsername());
        user.setPassword(passwordEncoder.encode(password), true);
        events.publishEvent(new PasswordSet(user.getId(), user.getUsername(), true, me()));
        tokens.revokeAllOf(user.getId(), me());
    }

    private void changeProjectCreator(AppUser user, boolean creator) {
        if (user.isProjectCreator() != creator) {
            user.setProjectCreator(creator);
            events.publishEvent(new ProjectCreatorChanged(user.getId(), user.getUsername(), !creator, creator, me()));
        }
    }

    /**
     * Several changes to one account at once, all or none (the API's PATCH): the fields given
     * (null: unchanged), each checked and recorded as when it is made alone.
     */
    @Transactional
    public UserRow change(long userId, String displayName, String email, Boolean enabled, GlobalRole role,
                          Boolean projectCreator, String password) {
        AppUser user = load(userId);
        if (displayName != null || email != null) {
            changeDetails(user, displayName != null ? displayName : user.getDisplayName(),
                    email != null ? email : user.getEmail());
        }
        if (role != null) {
            changeRole(user, role);
        }
        if (projectCreator != null) {
            changeProjectCreator(user, projectCreator);
        }
        if (password != null) {
            changePassword(user, password);
        }
        if (enabled != null) {
            changeEnabled(user, enabled);
        }
        return get(userId);
    }

    @Transactional
    public void unlock(long userId) {
        AppUser user = load(userId);
        if (throttle.unlock(user.getUsername())) {
            events.publishEvent(new AccountUnlocked(userId, user.getUsername(), me()));
        }
    }

    public ProjectCreation projectCreation() {
        return settings.projectCreation();
    }

    @Transactional
    public void setProjectCreation(ProjectCreation creation) {
        ProjectCreation before = settings.projectCreation();
        if (before != Objects.requireNonNull(creation)) {
            settings.setProjectCreation(creation);
            events.publishEvent(new ProjectCreationChanged(before, creation, me()));
        }
    }

    private void requireAnotherActiveAdmin(AppUser user, String what) {
        if (user.getGlobalRole() != GlobalRole.ADMIN || !user.isEnabled()) {
            return;
        }
        List<AppUser> active = users.lockActive(GlobalRole.ADMIN);
        if (active.size() <= 1) {
            throw user.getUsername().equals(currentUser.requireUsername())
                    ? DomainException.of("account.error.last-admin-you." + what)
                    : DomainException.of("account.error.last-admin." + what, user.getUsername());
        }
    }

    private UserRow row(AppUser u, long projects, Instant now) {
        return new UserRow(u.getId(), u.getUsername(), u.getDisplayName(), u.getEmail(), u.getGlobalRole(), u.isEnabled(),
                u.isMustChangePassword(), u.isProjectCreator(), u.getLastLoginAt(), u.getCreatedAt(), projects,
                throttle.isLocked(u.getUsername(), now), u.getVersion());
    }

    private AppUser load(long userId) {
        return users.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
    }

    private long me() {
        return accounts.me().id();
    }

    private static String pattern(String search) {
        String s = search == null ? "" : Texts.singleLine(search).toLowerCase(Locale.ROOT);
        return s.isEmpty() ? "%" : "%" + Texts.likeLiteral(s) + "%";
    }

    private static String email(String email) {
        String mail = Texts.optionalLine(email, 320, "The e-mail address");
        if (mail != null && !EMAIL.matcher(mail).matches()) {
            throw DomainException.onField("email", "account.error.email", mail);
        }
        return mail;
    }
}
