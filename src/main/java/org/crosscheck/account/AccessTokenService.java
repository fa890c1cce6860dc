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
            throw DomainException.onField("name", "account.error.token-name");
        }
        if (scope == null) {
            throw DomainException.onField("scope", "account.error.token-scope");
        }
        if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > MAX_EXPIRY_DAYS)) {
            throw DomainException.onField("expiresInDays", "account.error.token-expiry", MAX_EXPIRY_DAYS);
        }
        UserSummary me = accounts.me();
        if (accounts.mustChangePassword()) {
            throw DomainException.of("account.error.token-password-first");
        }
        if (tokens.countByUserIdAndRevokedAtIsNull(me.id()) >= MAX_ACTIVE_TOKENS) {
            throw DomainException.of("account.error.token-limit", MAX_ACTIVE_TOKENS);
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
     * still enabled and not asked to choose a new password. Called before anyone is authenticated.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public Optional<TokenOwner> authenticate(String token) {
        return Optional.ofNullable(check(token).owner());
    }

    /**
     * As {@link #authenticate}, with the reason when the token is refused, so that the API can tell
     * its caller what to do. A token of an account that must choose a new password (an administrator
     * set or reset it) is refused until the user has chosen one, whatever the token's state: the
     * reset revoked the tokens, and the caller learns why rather than only that.
     */
    @PreAuthorize("permitAll()")
    @Transactional
    public TokenCheck check(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return TokenCheck.INVALID;
        }
        Instant now = clock.instant();
        List<Object[]> found = tokens.findWithOwner(hash(token));
        if (found.isEmpty()) {
            return TokenCheck.INVALID;
        }
        AccessToken t = (AccessToken) found.getFirst()[0];
        AppUser user = (AppUser) found.getFirst()[1];
        if (!user.isEnabled() || t.isExpiredAt(now)) {
            return TokenCheck.INVALID;
        }
        if (user.isMustChangePassword()) {
            return TokenCheck.PASSWORD_CHANGE_REQUIRED;
        }
        if (!t.isUsableAt(now)) {
            return TokenCheck.INVALID;
        }
        tokens.markUsed(t.getId(), now, now.minusSeconds(60));
        return new TokenCheck(new TokenOwner(new RequestUser(user.getId(), user.getUsername(), user.getDisplayName(),
                List.of(new SimpleGrantedAuthority("ROLE_" + user.getGlobalRole().name()),
                        new SimpleGrantedAuthority(t.getScope().authority()))), t.getId(), t.getScope()), null);
    }

    /** Why a token is refused. */
    public enum TokenRefusal {
        /** Unknown, revoked, expired, or its account is disabled. */
        INVALID,
        /** Its account must choose a new password first (an administrator set or reset it). */
        PASSWORD_CHANGE_REQUIRED
    }

    /** A token checked: its owner when it may be used, otherwise why not. */
    public record TokenCheck(TokenOwner owner, TokenRefusal refusal) {
        static final TokenCheck INVALID = new TokenCheck(null, TokenRefusal.INVALID);
        static final TokenCheck PASSWORD_CHANGE_REQUIRED = new TokenCheck(null, TokenRefusal.PASSWORD_CHANGE_REQUIRED);
    }

    /**
     * Revokes every token of the user that is still in use, each recorded as revoked by
     * {@code byUserId}: an administrator set a new password for the account, so whatever was made
     * with the old one is no longer trusted (its owner makes new tokens after choosing a password).
     * The caller checked the permission and owns the transaction.
     */
    void revokeAllOf(long userId, long byUserId) {
        Instant now = clock.instant();
        for (AccessToken t : tokens.findByUserIdOrderByCreatedAtDescIdDesc(userId)) {
            if (t.isUsableAt(now)) {
                t.revoke(now);
                events.publishEvent(new TokenRevoked(t.getId(), userId, t.getName(), byUserId));
            }
        }
        tokens.flush();
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
