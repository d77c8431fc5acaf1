package io.daybrief.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may write: a caller with the bearer token (compared in constant time), or a browser session that was
 * opened with it, whose forms carry the session's CSRF token. Sessions live in memory: a restart signs people
 * out. Thread-safe.
 */
final class Guard {

    static final String COOKIE = "daybrief_session";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** Sessions kept at most; the oldest go first (a session is a cookie in one browser). */
    private static final int SESSIONS = 10_000;

    private final byte[] token;
    private final Map<String, String> csrfBySession = new ConcurrentHashMap<>();

    Guard(String token) {
        this.token = token == null ? new byte[0] : token.getBytes(StandardCharsets.UTF_8);
    }

    /** Whether writing is possible at all: a token is configured. */
    boolean writable() {
        return token.length > 0;
    }

    /** Whether {@code given} is the token; in constant time, and never true when no token is configured. */
    boolean isToken(String given) {
        if (token.length == 0 || given == null) {
            return false;
        }
        return MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether an {@code Authorization} header carries the token as a bearer token. */
    boolean isBearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && isToken(authorization.substring(7).strip());
    }

    /** Opens a session for a browser that gave the token; returns its id, for the cookie. */
    String open() {
        if (csrfBySession.size() >= SESSIONS) {
            csrfBySession.clear(); // everyone signs in again rather than memory growing without end
        }
        String session = random();
        csrfBySession.put(session, random());
        return session;
    }

    /** Closes a session. */
    void close(String session) {
        if (session != null) {
            csrfBySession.remove(session);
        }
    }

    /** The CSRF token of an open session, or {@code null} when the session is not open. */
    String csrf(String session) {
        return session == null ? null : csrfBySession.get(session);
    }

    /** Whether a form comes from an open session's own page: its CSRF field is the session's, compared in constant time. */
    boolean isForm(String session, String csrfField) {
        String expected = csrf(session);
        return expected != null && csrfField != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), csrfField.getBytes(StandardCharsets.UTF_8));
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
