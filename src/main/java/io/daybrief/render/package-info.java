/**
 * Rendering editions: Freemarker templates to HTML ({@link io.daybrief.render.Templates}, the only class that
 * imports Freemarker) and HTML to PDF ({@link io.daybrief.render.PdfWriter}, the only class that imports
 * openhtmltopdf), with fonts from the classpath and no access to the network or the file system.
 *
 * <p>May use {@code briefing}; knows nothing of the database, the archive or mail.
 */
package io.daybrief.render;
