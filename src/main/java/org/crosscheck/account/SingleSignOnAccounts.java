package org.crosscheck.account;

import org.crosscheck.account.AccountEvents.ProjectCreatorChanged;
import org.crosscheck.account.AccountEvents.UserCreated;
import org.crosscheck.account.AccountEvents.UserRoleChanged;
import org.crosscheck.base.Texts;
import org.crosscheck.security.RunAs;
import org.crosscheck.security.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Accounts made and kept by an identity provider. The account is found by the provider's issuer and
 * subject, never by username or e-mail (a provider's user who picks an existing local username
 * would otherwise take that account over). The first sign-in makes the account; every sign-in sets
 * its global role from the groups (when groups are mapped); a disabled account stays disabled
 * whatever the provider says.
 */
@Service
public class SingleSignOnAccounts {

    private static final Logger log = LoggerFactory.getLogger(SingleSignOnAccounts.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final AppUserRepository users;
    private final SingleSignOnProperties settings;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SingleSignOnAccounts(AppUserRepository users, SingleSignOnProperties settings, PasswordEncoder passwords,
                         ApplicationEventPublisher events, Clock clock) {
        this.users = users;
        this.settings = settings;
        this.passwords = passwords;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Signs in the person the provider vouched for: their account, made or brought up to date. No
     * method security: the caller is signing in, so nobody is signed in yet to check; only Spring
     * Security's sign-in step (ProviderSignIn), after the provider's signature is checked, calls it.
     */
    @Transactional
    SignedInUser signIn(ProviderIdentity identity) {
        AppUser user = users.findBySsoIssuerAndSsoSubject(identity.issuer(), identity.subject())
                .orElseGet(() -> create(identity));
        if (!user.isEnabled()) {
            log.info("Refused single sign-on of disabled account {}", user.getUsername());
            throw new DisabledException("account disabled");
        }
        if (!identity.groupsKnown()) {
            // A provider that sends no groups (misconfigured, or Entra's overage for people in very
            // many groups) changes nothing here: "no claim" is not "in no group".
            if (settings.mapsAdmins() || settings.mapsProjectCreators() || !settings.memberships().isEmpty()) {
                log.warn("Single sign-on of {}: the provider sent no '{}' claim; roles and memberships left as they are",
                        user.getUsername(), settings.groupsClaim());
            }
        } else {
            followGroups(user, identity);
        }
        user.signedIn(clock.instant());
        // What the groups change is done as the person signing in (the listeners of membership
        // changes act for someone), and is audited as theirs.
        if (identity.groupsKnown()) {
            RunAs.user(user.getUsername(), () -> {
                events.publishEvent(new GroupsAtSignIn(user.getId(), user.getUsername(), identity.groups()));
                return null;
            });
        }
        return new SignedInUser(user.getUsername(), user.getPasswordHash(), true, user.getDisplayName(),
                List.of(new SimpleGrantedAuthority("ROLE_" + user.getGlobalRole().name())));
    }

    private AppUser create(ProviderIdentity identity) {
        String username = freeUsername(identity);
        // The provider's words are user input like any other: one line, no control characters.
        String display = Optional.ofNullable(Texts.singleLine(identity.name())).filter(n -> !n.isEmpty())
                .map(n -> Texts.abbreviate(n, 200)).orElse(username);
        // No password signs in to this account: the hash is of 32 random bytes nobody knows.
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        AppUser user = new AppUser(username, display, passwords.encode(Base64.getEncoder().encodeToString(secret)),
                settings.mapsAdmins() && isIn(identity, settings.adminGroups()) ? GlobalRole.ADMIN : GlobalRole.USER,
                clock.instant());
        user.linkSingleSignOn(identity.issuer(), identity.subject());
        String email = Texts.singleLine(identity.email());
        user.setDetails(display, email != null && email.length() <= 320 && EMAIL.matcher(email).matches() ? email : null);
        user.setProjectCreator(settings.mapsProjectCreators() && isIn(identity, settings.projectCreatorGroups()));
        users.saveAndFlush(user);
        log.info("Account {} made at its first single sign-on ({})", username, identity.issuer());
        events.publishEvent(new UserCreated(user.getId(), username, display, user.getGlobalRole(), user.getId()));
        return user;
    }

    /** Each right whose groups are configured follows them; a right without groups is left to the Users page. */
    private void followGroups(AppUser user, ProviderIdentity identity) {
        GlobalRole role = isIn(identity, settings.adminGroups()) ? GlobalRole.ADMIN : GlobalRole.USER;
        if (settings.mapsAdmins() && role != user.getGlobalRole()) {
            if (role == GlobalRole.USER && user.isEnabled() && users.lockActive(GlobalRole.ADMIN).size() <= 1) {
                // As on the Users page: the last active administrator is never demoted (the
                // break-glass account is one). The provider's group is fixed, then the next sign-in follows it.
                log.warn("Single sign-on of {}: left out of the admin groups, but the last active administrator; kept",
                        user.getUsername());
            } else {
                events.publishEvent(new UserRoleChanged(user.getId(), user.getUsername(), user.getGlobalRole(), role,
                        user.getId()));
                user.setGlobalRole(role);
            }
        }
        boolean creator = isIn(identity, settings.projectCreatorGroups());
        if (settings.mapsProjectCreators() && creator != user.isProjectCreator()) {
            events.publishEvent(new ProjectCreatorChanged(user.getId(), user.getUsername(), user.isProjectCreator(),
                    creator, user.getId()));
            user.setProjectCreator(creator);
        }
    }

    private static boolean isIn(ProviderIdentity identity, List<String> groups) {
        return groups.stream().anyMatch(identity.groups()::contains);
    }

    /** The provider's preferred username made one of ours (a-z, 0-9, ".", "_", "-"), numbered when taken. */
    private String freeUsername(ProviderIdentity identity) {
        String wanted = Optional.ofNullable(identity.preferredUsername())
                .or(() -> Optional.ofNullable(identity.email()).map(e -> e.replaceAll("@.*", "")))
                .orElse("user");
        String base = wanted.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-").replaceAll("^[^a-z0-9]+", "");
        if (base.length() < 2) {
            base = "user-" + base;
        }
        base = base.length() > 58 ? base.substring(0, 58) : base;
        String candidate = base;
        for (int n = 2; users.findByUsername(candidate).isPresent(); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }
}
