/**
 * Typed configuration read from {@code daybrief.yml}, checked at start: an unknown key, a bad zone, name or
 * address stops the start with a message naming the key, the value and what is allowed.
 *
 * <p>Depends on no other Daybrief package.
 */
package io.daybrief.config;
