package org.crosscheck.account;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Failed sign-ins, counted in the database so that every node sees them, under three keys:
 * <ul>
 * <li>per username typed <em>and</em> client address: failures within {@link #WINDOW} lock that
 * pair for a growing period (1, 5, 15, 60 minutes, then 4 hours each time). Only the pair: a
 * stranger who guesses from their address locks themselves out, not the account's owner, who
 * signs in from another address as usual;</li>
 * <li>per username alone: counted only, so that the sign-in can slow down (never refuse) the
 * answers for a username that fails from many addresses;</li>
 * <li>per client address: counted only, to slow down an address that fails against many usernames
 * (many people may share one address, so it is never locked out).</li>
 * </ul>
 * A successful sign-in clears the username's count and its pair with that address; an
 * administrator's unlock clears the username's count and all its pairs.
 */
@Component
class LoginThrottle {

    static final Duration WINDOW = Duration.ofMinutes(15);
    private static final List<Duration> LOCKS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofHours(1), Duration.ofHours(4));

    private final JdbcTemplate jdbc;

    LoginThrottle(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static String user(String username, int max) {
        String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return u.length() > max ? u.substring(0, max) : u;
    }

    private static String address(String address) {
        return address == null ? "unknown" : address.length() > 100 ? address.substring(0, 100) : address;
    }

    static String userKey(String username) {
        return "user:" + user(username, 200);
    }

    static String addressKey(String address) {
        return "addr:" + address(address);
    }

    /** A username typed from one client address (a real username has at most 64 characters). */
    static String pairKey(String username, String address) {
        return pairPrefix(username) + address(address);
    }

    private static String pairPrefix(String username) {
        return "pair:" + user(username, 100) + "|";
    }

    /** The keys of every address's pair with this username, as a LIKE pattern. */
    private static String pairPattern(String username) {
        return pairPrefix(username).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Whether sign-ins as this username are refused from at least one address. */
    boolean isLocked(String username, Instant now) {
        Integer locked = jdbc.queryForObject("select count(*) from login_throttle where throttle_key like ? escape '\\' "
                + "and locked_until > ?", Integer.class, pairPattern(username), now.atOffset(ZoneOffset.UTC));
        return locked != null && locked > 0;
    }

    Optional<Instant> lockedUntil(String key, Instant now) {
        List<OffsetDateTime> until = jdbc.queryForList("select locked_until from login_throttle where throttle_key = ?",
                OffsetDateTime.class, key);
        return until.isEmpty() || until.getFirst() == null || !until.getFirst().toInstant().isAfter(now)
                ? Optional.empty() : Optional.of(until.getFirst().toInstant());
    }

    /** Failures under {@code key} within the window. */
    int recentFailures(String key, Instant now) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select failures, first_failure_at from login_throttle where throttle_key = ?", key);
        if (rows.isEmpty() || instant(rows.getFirst().get("first_failure_at")).plus(WINDOW).isBefore(now)) {
            return 0;
        }
        return ((Number) rows.getFirst().get("failures")).intValue();
    }

    /**
     * Counts one failure under {@code key}; returns the end of the lock it starts, if it starts one.
     * In its own transaction: the failed sign-in has none, and the count must stay when it fails.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<Instant> failed(String key, int allowed, Instant now) {
        Map<String, Object> row = row(key);
        if (row == null) {
            try {
                jdbc.update("insert into login_throttle (throttle_key, failures, first_failure_at, locked_until, locks) "
                        + "values (?, 1, ?, null, 0)", key, now.atOffset(ZoneOffset.UTC));
                return Optional.empty();
            } catch (DuplicateKeyException raced) {
                row = row(key); // another node counted the same key first
            }
        }
        int failures = ((Number) row.get("failures")).intValue();
        int locks = ((Number) row.get("locks")).intValue();
        Instant first = instant(row.get("first_failure_at"));
        if (first.plus(WINDOW).isBefore(now)) {
            failures = 0; // the window is over: count again from this one
            first = now;
        }
        failures++;
        Instant lockedUntil = null;
        if (failures >= allowed) {
            lockedUntil = now.plus(LOCKS.get(Math.min(locks, LOCKS.size() - 1)));
            locks++;
            failures = 0;
            first = now;
        }
        jdbc.update("update login_throttle set failures = ?, first_failure_at = ?, locked_until = coalesce(?, locked_until), "
                        + "locks = ? where throttle_key = ?", failures, first.atOffset(ZoneOffset.UTC),
                lockedUntil == null ? null : lockedUntil.atOffset(ZoneOffset.UTC), locks, key);
        return Optional.ofNullable(lockedUntil);
    }

    /**
     * A successful sign-in: the username starts again from no failures, and so does its pair with
     * this address (locks from other addresses stay); its last sign-in is now.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void succeeded(String username, String address, Instant now) {
        jdbc.update("delete from login_throttle where throttle_key in (?, ?)", userKey(username),
                pairKey(username, address));
        jdbc.update("update app_user set last_login_at = ? where username = ?", now.atOffset(ZoneOffset.UTC),
                username.strip().toLowerCase(Locale.ROOT));
    }

    /** Ends the username's locks from every address and forgets its failures; true if there was anything to forget. */
    @Transactional
    public boolean unlock(String username) {
        return jdbc.update("delete from login_throttle where throttle_key = ? or throttle_key like ? escape '\\'",
                userKey(username), pairPattern(username)) > 0;
    }

    /** A timestamp column as each driver hands it over in a map: H2 an OffsetDateTime, PostgreSQL a Timestamp. */
    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime o ? o.toInstant() : ((java.sql.Timestamp) value).toInstant();
    }

    private Map<String, Object> row(String key) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select failures, first_failure_at, locks from login_throttle where throttle_key = ? for update", key);
        return rows.isEmpty() ? null : rows.getFirst();
    }
}
