package org.crosscheck.account;

import org.crosscheck.account.AccountEvents.UserCreated;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.Texts;
import org.crosscheck.security.CurrentUser;
import org.crosscheck.security.RequestUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Accounts: who can sign in, with which global role. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AccountService {


    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AppSettings settings;
    private final AccountFactory factory;
    private final UsernameLookups lookups;

    AccountService(AppUserRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser,
                   ApplicationEventPublisher events, Clock clock, AppSettings settings, AccountFactory factory,
                   UsernameLookups lookups) {
        this.lookups = lookups;
        this.settings = settings;
        this.factory = factory;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserSummary createUser(String username, String displayName, String rawPassword, GlobalRole role) {
        AppUser user = factory.create(username, displayName, rawPassword, role);
        long by = users.findByUsername(currentUser.requireUsername()).map(AppUser::getId).orElse(user.getId());
        events.publishEvent(new UserCreated(user.getId(), user.getUsername(), user.getDisplayName(), role, by));
        return UserSummary.of(user);
    }

    /** Creates the first administrator of an empty installation; no caller exists yet to check. */
    @PreAuthorize("permitAll()")
    @Transactional
    public Optional<UserSummary> createFirstAdmin(String rawPassword) {
        if (users.existsByGlobalRole(GlobalRole.ADMIN)) {
            return Optional.empty();
        }
        AppUser admin = factory.create("admin", "Administrator", rawPassword, GlobalRole.ADMIN);
        // Nobody is signed in yet: the first administrator is recorded as created by itself.
        events.publishEvent(new UserCreated(admin.getId(), admin.getUsername(), admin.getDisplayName(),
                GlobalRole.ADMIN, admin.getId()));
        return Optional.of(UserSummary.of(admin));
    }

    /** The signed-in user. */
    public UserSummary me() {
        // An API request's principal was read from the database with its token for this very request.
        if (currentUser.principal() instanceof RequestUser fresh) {
            return new UserSummary(fresh.getUserId(), fresh.getUsername(), fresh.getDisplayName());
        }
        return UserSummary.of(users.findByUsername(currentUser.requireUsername())
                .orElseThrow(() -> new UsernameNotFoundException("no such user")));
    }

    public Optional<UserSummary> findByUsername(String username) {
        currentUser.requireUsername();
        return users.findByUsername(username).map(UserSummary::of);
    }

    /**
     * Who an imported item is attributed to: the user with that username when there is one here;
     * otherwise the importer, with the username kept as the item's original author.
     */
    public ImportedAuthor importedAuthor(String username, UserSummary importer) {
        currentUser.requireUsername();
        if (username != null && !username.isBlank()) {
            Optional<AppUser> user = users.findByUsername(username.strip().toLowerCase());
            if (user.isPresent()) {
                return new ImportedAuthor(user.get().getId(), null);
            }
            return new ImportedAuthor(importer.id(), Texts.abbreviate(username.strip(), 64));
        }
        return new ImportedAuthor(importer.id(), null);
    }

    /** An author resolved on import: the account's id, and the bundle's username when it has no account here. */
    public record ImportedAuthor(long userId, String originalUsername) {
    }

    /** Users by id, for showing authors and members; ids of deleted users are simply absent. */
    /**
     * The e-mail addresses of active accounts among {@code ids} that have one, for the notifier. It
     * runs after a change, on its own thread, for no signed-in caller (there is none to check): it
     * asks only for the recipients of notifications the change's own checks allowed, and no view or
     * API resource reaches this method.
     */
    @PreAuthorize("permitAll()")
    public Map<Long, String> mailAddresses(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findByIdIn(ids).stream().filter(u -> u.isEnabled() && u.getEmail() != null && !u.getEmail().isBlank())
                .collect(Collectors.toMap(AppUser::getId, AppUser::getEmail));
    }

    /**
     * The interface languages of accounts among {@code ids} that chose one (en, de), for the
     * notifier's mails; like {@link #mailAddresses} it runs for no signed-in caller.
     */
    @PreAuthorize("permitAll()")
    public Map<Long, String> languages(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findByIdIn(ids).stream().filter(u -> u.getLanguage() != null)
                .collect(Collectors.toMap(AppUser::getId, AppUser::getLanguage));
    }

    /** Whether the signed-in user signs in with a password here (not only through an identity provider). */
    @Transactional(readOnly = true)
    public boolean hasLocalPassword() {
        return users.findByUsername(currentUser.requireUsername()).map(u -> !u.isSingleSignOn()).orElse(false);
    }

    /** The language the signed-in user chose for the interface; empty when it follows the browser. */
    @Transactional(readOnly = true)
    public Optional<Locale> myLanguage() {
        return users.findByUsername(currentUser.requireUsername()).map(AppUser::getLanguage)
                .map(Locale::forLanguageTag);
    }

    /** Chooses the interface language of the signed-in user; null follows the browser. */
    @Transactional
    public void chooseLanguage(Locale language) {
        if (language != null && !org.crosscheck.base.i18n.Messages.LANGUAGES.contains(language)) {
            throw DomainException.onField("language", "account.error.language",
                    language.toLanguageTag());
        }
        AppUser me = users.findByUsername(currentUser.requireUsername())
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        me.setLanguage(language == null ? null : language.toLanguageTag());
    }

    /** Active accounts by username (exactly, ignoring case), for finding who an @mention names. */
    public Map<String, UserSummary> findActiveByUsernames(Collection<String> usernames) {
        currentUser.requireUsername();
        Map<String, UserSummary> out = new java.util.HashMap<>();
        for (String name : usernames) {
            users.findByUsername(name.toLowerCase(java.util.Locale.ROOT)).filter(AppUser::isEnabled)
                    .ifPresent(u -> out.put(name.toLowerCase(java.util.Locale.ROOT), UserSummary.of(u)));
        }
        return out;
    }

    public Map<Long, UserSummary> findByIds(Collection<Long> ids) {
        currentUser.requireUsername();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findByIdIn(ids).stream().map(UserSummary::of)
                .collect(Collectors.toMap(UserSummary::id, Function.identity()));
    }

    /** Fewer typed characters than this find only the account with exactly that username. */
    /** The field a refused new password names ({@link DomainException#field()}), so forms show it there. */
    public static final String PASSWORD_FIELD = "password";
    /** The field a wrong current password names. */
    public static final String CURRENT_PASSWORD_FIELD = "currentPassword";

    public static final int MIN_SEARCH_LENGTH = 3;
    /** The most accounts one search shows. */
    public static final int MAX_SEARCH_RESULTS = 10;

    /**
     * Active accounts to add to a project, by what the caller typed: the one with exactly that
     * username, or, from {@value #MIN_SEARCH_LENGTH} characters on, up to {@value #MAX_SEARCH_RESULTS}
     * whose username starts with it. Never the whole list, so nobody can page through every account.
     */
    public List<UserSummary> findForMembership(String typed) {
        currentUser.requireUsername();
        String query = typed == null ? "" : Texts.singleLine(typed).toLowerCase(Locale.ROOT);
        if (query.isEmpty()) {
            return List.of();
        }
        // A search that finds nobody costs from the same budget as a name that matches no account;
        // a spent budget finds nobody (adding then says why).
        Long budgeted = currentUser.isAdmin() ? null : me().id();
        if (budgeted != null) {
            try {
                lookups.requireBudget(budgeted);
            } catch (org.crosscheck.base.TooManyRequestsException spent) {
                return List.of();
            }
        }
        List<UserSummary> found = query.length() < MIN_SEARCH_LENGTH
                ? users.findByUsername(query).filter(AppUser::isEnabled).map(UserSummary::of).stream().toList()
                : users.findTop10ByEnabledTrueAndUsernameStartingWithOrderByUsername(query).stream()
                .limit(MAX_SEARCH_RESULTS).map(UserSummary::of).toList();
        if (found.isEmpty() && budgeted != null) {
            lookups.missed(budgeted);
        }
        return found;
    }

    /**
     * The account a lead names to add to a project (or to change the role of). Administrators look
     * up any name and learn precisely that there is no such user. Anyone else gets a message that
     * names no reason, and each name that matches no account costs one try of a budget per caller
     * ({@link UsernameLookups}); once it is spent, every name is refused with a
     * {@link org.crosscheck.base.TooManyRequestsException}, found or not, until it refills.
     */
    public UserSummary requireForMembership(String username) {
        currentUser.requireUsername();
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (currentUser.isAdmin()) {
            return users.findByUsername(name).map(UserSummary::of)
                    .orElseThrow(() -> DomainException.onField("username", "account.error.no-user", username));
        }
        long me = me().id();
        lookups.requireBudget(me);
        Optional<UserSummary> found = users.findByUsername(name).map(UserSummary::of);
        if (found.isEmpty()) {
            lookups.missed(me);
            throw DomainException.onField("username", "account.error.nobody-named",
                    Texts.abbreviate(Texts.singleLine(username == null ? "" : username), 64));
        }
        return found.get();
    }

    /** Whether the signed-in user must choose a new password before anything else (a new or reset account). */
    public boolean mustChangePassword() {
        return users.findByUsername(currentUser.requireUsername()).map(AppUser::isMustChangePassword).orElse(false);
    }

    /** The signed-in user changes their own password, proving it with the current one. */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AppUser me = users.findByUsername(currentUser.requireUsername())
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, me.getPasswordHash())) {
            throw DomainException.onField(CURRENT_PASSWORD_FIELD, "account.error.current-password");
        }
        if (newPassword != null && passwordEncoder.matches(newPassword, me.getPasswordHash())) {
            throw DomainException.onField(PASSWORD_FIELD, "account.error.same-password");
        }
        PasswordPolicy.check(newPassword, me.getUsername());
        me.setPassword(passwordEncoder.encode(newPassword), false);
        events.publishEvent(new org.crosscheck.account.AccountEvents.PasswordSet(me.getId(), me.getUsername(), false,
                me.getId()));
    }

    /** Who may create projects, as an administrator set it. */
    public ProjectCreation projectCreation() {
        return settings.projectCreation();
    }

    /** Whether the signed-in user may create a project: everyone may, unless only creators may (and administrators). */
    public boolean mayCreateProjects() {
        if (currentUser.isAdmin() || settings.projectCreation() == ProjectCreation.EVERYONE) {
            return true;
        }
        return users.findByUsername(currentUser.requireUsername()).map(AppUser::isProjectCreator).orElse(false);
    }
}
