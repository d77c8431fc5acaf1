/**
 * Reading events from where they live: files (plain-text wire articles, Markdown, HTML pages, JSON, NDJSON, CSV),
 * web pages fetched on request, RSS and Atom feeds and inbox folders collected on a schedule ({@link
 * io.daybrief.ingest.Sources}, the front door of collecting); recognising duplicates and later versions;
 * reporting each refused record with its file, line and the fix, and each failing source with its reason.
 *
 * <p>Owns jsoup ({@link io.daybrief.ingest.WebPage}), Rome ({@link io.daybrief.ingest.FeedReader}) and the HTTP
 * client ({@link io.daybrief.ingest.Fetcher}), which fetches only public http(s) addresses unless a source allows
 * otherwise. May use {@code event} and {@code analysis}; nothing downstream.
 */
package io.daybrief.ingest;
