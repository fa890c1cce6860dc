package org.crosscheck.account;

import org.crosscheck.account.AccountEvents.TokenCreated;
import org.crosscheck.account.AccountEvents.TokenRevoked;
import org.crosscheck.base.DomainException;
import org.crosscheck.base.NotFoundException;
import org.crosscheck.base.Texts;
import org.crosscheck.security.RequestUser;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Personal access tokens for the REST API: made by their owner (in the Account page, or by a
 * script with its password), listed, revoked. A token is 32 random bytes; only its SHA-256 is
 * stored, which is enough for a secret of that strength (a slow password hash would only slow
 * every API request down).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AccessTokenService {

    /** Tokens start with this, so a leaked one is recognisable (and secret scanners can find it). */
    public static final String PREFIX = "cc_";
    static final int MAX_ACTIVE_TOKENS = 50;
    static final int MAX_EXPIRY_DAYS = 3650;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccessTokenRepository tokens;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccessTokenService(AccessTokenRepository tokens, AccountService accounts, ApplicationEventPublisher events,
                       Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * A new token of the caller's. {@code expiresInDays} null means it does not expire; the token
     * itself is in the answer and nowhere else.
     */
    @Transactional
    public NewAccessToken create(String name, TokenScope scope, Integer expiresInDays) {
        String cleanName = Texts.optionalLine(name, 100, "The token's name");
        if (cleanName == null) {
            throw new DomainException("Give the token a name, e.g. the script that will use it.");
        }
        if (scope == null) {
            throw new DomainException("Choose the token's scope: read, or write.");
        }
        if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > MAX_EXPIRY_DAYS)) {
            throw new DomainException("A token expires in 1 to " + MAX_EXPIRY_DAYS + " days, or never.");
        }
        UserSummary me = accounts.me();
        if (accounts.mustChangePassword()) {
            throw new DomainException("Choose your own password first: sign in to Crosscheck in the browser and change "
                    + "the password an administrator gave you.");
        }
        if (tokens.countByUserIdAndRevokedAtIsNull(me.id()) >= MAX_ACTIVE_TOKENS) {
            throw new DomainException("You have " + MAX_ACTIVE_TOKENS + " tokens: revoke one you no longer use first.");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        Instant expiresAt = expiresInDays == null ? null : now.plus(Duration.ofDays(expiresInDays));
        AccessToken saved = tokens.save(new AccessToken(me.id(), cleanName, hash(token), scope, now, expiresAt));
        events.publishEvent(new TokenCreated(saved.getId(), me.id(), cleanName, scope, expiresAt, me.id()));
        return new NewAccessToken(saved.summary(), token);
    }

    /** The caller's tokens, newest first, revoked and expired ones included (marked as such). */
    public List<AccessTokenSummary> mine() {
        return tokens.findByUserIdOrderByCreatedAtDescIdDesc(accounts.me().id()).stream().map(AccessToken::summary).toList();
    }

    /** Revokes one of the caller's tokens at once; another user's token is not found. */
    @Transactional
    public void revoke(long tokenId) {
        UserSummary me = accounts.me();
        AccessToken token = tokens.findById(tokenId).filter(t -> t.getUserId() == me.id())
                .orElseThrow(() -> new NotFoundException("token", tokenId));
        AccessTokenSummary before = token.summary();
        token.revoke(clock.instant());
        tokens.flush();
        if (before.revokedAt() == null) {
            events.publishEvent(new TokenRevoked(token.getId(), me.id(), token.getName(), me.id()));
        }
    }

    /**
     * Who a request's token belongs to, if it is a token in use: not revoked, not expired, its owner
     * still enabled. Called before anyone is authenticated (by the API's filter).
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public Optional<TokenOwner> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<Object[]> found = tokens.findWithOwner(hash(token));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        AccessToken t = (AccessToken) found.getFirst()[0];
        AppUser user = (AppUser) found.getFirst()[1];
        if (!t.isUsableAt(now) || !user.isEnabled()) {
            return Optional.empty();
        }
        tokens.markUsed(t.getId(), now, now.minusSeconds(60));
        return Optional.of(new TokenOwner(new RequestUser(user.getId(), user.getUsername(), user.getDisplayName(),
                List.of(new SimpleGrantedAuthority("ROLE_" + user.getGlobalRole().name()),
                        new SimpleGrantedAuthority(t.getScope().authority()))), t.getId(), t.getScope()));
    }

    /**
     * The owner of a token in use, as the principal of the request (their global role and the
     * token's scope as authorities; no password), and what the token allows.
     */
    public record TokenOwner(RequestUser user, long tokenId, TokenScope scope) {

        public String username() {
            return user.getUsername();
        }
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
