/**
 * Analysis of one text: sentences, direct quotes with their speakers, figures with what they count, named
 * entities and an extractive summary.
 *
 * <p>Everything here is a pure function of the text: no I/O, no clock, no shared mutable state, so analysis
 * can run at ingest, in parallel, and be re-run by a newer version. Depends on no other Daybrief package.
 */
package io.daybrief.analysis;
