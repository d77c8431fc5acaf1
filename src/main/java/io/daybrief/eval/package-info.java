/**
 * Measuring analysis against hand-labelled articles: the quote and figure scorer (the same rules as the
 * evaluation set's reference scorer) and ROUGE for summaries.
 *
 * <p>May use {@code analysis} and {@code ingest}; nothing else depends on it but the command line.
 */
package io.daybrief.eval;
