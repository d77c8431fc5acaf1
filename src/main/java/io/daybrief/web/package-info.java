/**
 * The web console and JSON API of {@code serve}: pages rendered on the server from the templates (no scripts), API
 * handlers, the token, sessions and CSRF, security headers, and the metrics. Owns Javalin and Micrometer.
 *
 * <p>Handlers are short callers of Daybrief's front doors (editions, runs, the archive, the outbox, ingest);
 * nothing here decides what an edition holds.
 */
package io.daybrief.web;
