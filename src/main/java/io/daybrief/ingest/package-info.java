/**
 * Reading events from files: plain-text wire articles, JSON and NDJSON; recognising duplicates; reporting
 * each refused record with its file, line and the fix.
 *
 * <p>May use {@code event} and {@code analysis}; nothing downstream.
 */
package io.daybrief.ingest;
