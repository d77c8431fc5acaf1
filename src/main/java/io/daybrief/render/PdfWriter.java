package io.daybrief.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns openhtmltopdf: lays out XHTML into a PDF with the embedded DejaVu fonts.
 *
 * <p>It fetches nothing: every external resource (stylesheet, image, font, file) a document names is refused
 * before its URI is even resolved, so neither a template nor an event's text can make the renderer read the
 * network or the disk. Styles must be inline. Thread-safe: each call builds its own renderer.
 */
public final class PdfWriter {

    static {
        // openhtmltopdf logs every layout step to the console by default; send only its warnings to our log.
        XRLog.setLoggerImpl(new WarningsToLog());
    }

    /** Lays out {@code xhtml} and returns the PDF's bytes; {@code name} is used in error messages. */
    public byte[] write(String xhtml, String name) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        for (Fonts.Face face : Fonts.FACES) {
            builder.useFont(() -> new ByteArrayInputStream(face.bytes()), face.family(), face.weight(),
                    face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
        }
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withHtmlContent(xhtml, "about:blank");
        builder.withProducer("Daybrief");
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException | RuntimeException e) {
            throw new RenderException("cannot write the PDF of " + name + ": " + e.getMessage(), e);
        }
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
