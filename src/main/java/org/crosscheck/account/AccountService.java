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
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Accounts: who can sign in, with which global role. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");
    static final int MIN_PASSWORD_LENGTH = 10;

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountService(AppUserRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser,
                   ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserSummary createUser(String username, String displayName, String rawPassword, GlobalRole role) {
        AppUser user = create(username, displayName, rawPassword, role);
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
        AppUser admin = create("admin", "Administrator", rawPassword, GlobalRole.ADMIN);
        // Nobody is signed in yet: the first administrator is recorded as created by itself.
        events.publishEvent(new UserCreated(admin.getId(), admin.getUsername(), admin.getDisplayName(),
                GlobalRole.ADMIN, admin.getId()));
        return Optional.of(UserSummary.of(admin));
    }

    private AppUser create(String username, String displayName, String rawPassword, GlobalRole role) {
        String name = username == null ? "" : username.strip().toLowerCase();
        if (!USERNAME.matcher(name).matches()) {
            throw new DomainException("A username has 2 to 64 characters: lower-case letters, digits, '.', '_' or '-'.");
        }
        if (users.findByUsername(name).isPresent()) {
            throw new DomainException("The username '" + name + "' is taken.");
        }
        if (rawPassword == null || rawPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new DomainException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters.");
        }
        String display = Texts.optionalLine(displayName, 200, "The display name");
        if (display == null) {
            display = name;
        }
        return users.save(new AppUser(name, display, passwordEncoder.encode(rawPassword), role, clock.instant()));
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
    public Map<Long, UserSummary> findByIds(Collection<Long> ids) {
        currentUser.requireUsername();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return users.findByIdIn(ids).stream().map(UserSummary::of)
                .collect(Collectors.toMap(UserSummary::id, Function.identity()));
    }

    /** Fewer typed characters than this find only the account with exactly that username. */
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
        if (query.length() < MIN_SEARCH_LENGTH) {
            return users.findByUsername(query).filter(AppUser::isEnabled).map(UserSummary::of).stream().toList();
        }
        return users.findTop10ByEnabledTrueAndUsernameStartingWithOrderByUsername(query).stream()
                .limit(MAX_SEARCH_RESULTS).map(UserSummary::of).toList();
    }
}
