/**
 * What a briefing is ({@link io.daybrief.briefing.BriefingDefinition}), the period an edition covers, and the
 * {@link io.daybrief.briefing.BriefingAssembler} that turns the events of a period into ranked stories: plain
 * records that templates read.
 *
 * <p>May use {@code event} and {@code analysis}; knows nothing of templates, PDFs, files or mail.
 */
package io.daybrief.briefing;
