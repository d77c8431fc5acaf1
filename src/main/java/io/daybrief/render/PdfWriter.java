package io.daybrief.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns openhtmltopdf: lays out XHTML into a PDF/A-3a document, tagged for accessibility (PDF/UA-1), with the
 * embedded DejaVu fonts, then hands it to {@link ArchivalFinish} for its metadata and attachments.
 *
 * <p>It fetches nothing: every external resource (stylesheet, image, font, file) a document names is refused
 * before its URI is even resolved, so neither a template nor an event's text can make the renderer read the
 * network or the disk. Styles must be inline. Thread-safe: each call builds its own renderer.
 */
public final class PdfWriter {

    /** The sRGB profile every PDF/A document declares as its output intent; the Java runtime ships it. */
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    static {
        // openhtmltopdf logs every layout step to the console by default; send only its warnings to our log.
        XRLog.setLoggerImpl(new WarningsToLog());
    }

    /** Lays out {@code xhtml} and returns the finished PDF's bytes. */
    public byte[] write(String xhtml, DocumentFacts facts) {
        try (PDDocument document = new PDDocument()) {
            layOut(document, xhtml, true);
            ArchivalFinish.apply(document, facts);
            return save(document);
        } catch (IOException | RuntimeException e) {
            throw new RenderException("cannot write the PDF of " + facts.title() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The same layout with the same fonts, but neither PDF/A nor tagged for accessibility and without the
     * archive's metadata: not for editions, only to measure what those cost (see {@code daybrief bench}).
     */
    public byte[] writeUntagged(String xhtml) {
        try (PDDocument document = new PDDocument()) {
            layOut(document, xhtml, false);
            return save(document);
        } catch (IOException | RuntimeException e) {
            throw new RenderException("cannot write the untagged PDF: " + e.getMessage(), e);
        }
    }

    private static void layOut(PDDocument document, String xhtml, boolean archival) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePDDocument(document);
        builder.useFastMode();
        if (archival) {
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
            builder.usePdfUaAccessibility(true);
            builder.useColorProfile(SRGB);
        }
        for (Fonts.Face face : Fonts.FACES) {
            Fonts.Lazy font = new Fonts.Lazy(document, face);
            FontStyle style = face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL;
            builder.useFont(font, face.family(), face.weight(), style, true);
            // Generic families name the same embedded faces: text must never fall back to a font
            // that a PDF/A document cannot embed, where it would not be drawn at all.
            for (String generic : face.generics()) {
                builder.useFont(font, generic, face.weight(), style, true);
            }
        }
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withHtmlContent(xhtml, "about:blank");
        builder.withProducer("Daybrief");
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFKeepOpen();
        }
    }

    private static byte[] save(PDDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        document.save(out);
        return out.toByteArray();
    }

    /** Passes openhtmltopdf's warnings and errors to SLF4J and drops its progress messages. */
    private static final class WarningsToLog implements XRLogger {
        private static final Logger LOG = LoggerFactory.getLogger(PdfWriter.class);

        @Override
        public void log(String where, Level level, String message) {
            log(where, level, message, null);
        }

        @Override
        public void log(String where, Level level, String message, Throwable error) {
            if (level.intValue() >= Level.SEVERE.intValue()) {
                LOG.error("{}: {}", where, message, error);
            } else if (level.intValue() >= Level.WARNING.intValue()) {
                LOG.warn("{}: {}", where, message, error);
            }
        }

        @Override
        public void setLevel(String logger, Level level) {
            // Levels are ours to set, in logback.xml.
        }

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
        }
    }
}
