package io.daybrief.render;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The font files embedded in every PDF: DejaVu, read once from the jasperreports-fonts artifact on the
 * classpath and kept in memory.
 *
 * <p>Each document loads its faces with the font's glyph substitutions (GSUB) turned off. PDFBox otherwise
 * replaces letter pairs such as "fi" with single ligature glyphs that have no way back to their letters, so
 * copying or searching the PDF misses words; it is also the largest single cost of drawing Latin text. DejaVu
 * covers Latin, Greek and Cyrillic, which need no substitutions to render correctly; a face for a script that
 * needs shaping would be loaded with GSUB left on.
 */
final class Fonts {

    private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";

    /** One face of a family: its file bytes, the CSS family name, weight and whether it is italic. */
    record Face(byte[] bytes, String family, int weight, boolean italic) {

        /**
         * The generic CSS families this face also answers to, by the names the layout engine gives them
         * (serif is "Serif", sans-serif "SansSerif", monospace "Monospaced"), and the family the engine uses
         * for text with no font-family at all.
         */
        List<String> generics() {
            return family.endsWith("Serif") ? List.of("serif", "Serif", "TimesRoman")
                    : List.of("sans-serif", "SansSerif", "monospace", "Monospaced");
        }
    }

    static final List<Face> FACES = List.of(
            face("DejaVuSans.ttf", "DejaVu Sans", 400, false),
            face("DejaVuSans-Bold.ttf", "DejaVu Sans", 700, false),
            face("DejaVuSans-Oblique.ttf", "DejaVu Sans", 400, true),
            face("DejaVuSans-BoldOblique.ttf", "DejaVu Sans", 700, true),
            face("DejaVuSerif.ttf", "DejaVu Serif", 400, false),
            face("DejaVuSerif-Bold.ttf", "DejaVu Serif", 700, false),
            face("DejaVuSerif-Italic.ttf", "DejaVu Serif", 400, true));

    private Fonts() {
    }

    private static Face face(String file, String family, int weight, boolean italic) {
        try (InputStream in = Fonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + FOLDER + file + " is not on the classpath; the"
                        + " net.sf.jasperreports:jasperreports-fonts dependency is missing from the build");
            }
            return new Face(in.readAllBytes(), family, weight, italic);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        }
    }

    /**
     * Parsed faces, one set per thread: parsing a face's tables costs more than laying out a page, and a parsed
     * font is read, never changed, by the documents of the thread that uses it one after another.
     */
    private static final ThreadLocal<java.util.Map<Face, TrueTypeFont>> PARSED =
            ThreadLocal.withInitial(java.util.IdentityHashMap::new);

    private static TrueTypeFont parsed(Face face) throws IOException {
        TrueTypeFont ttf = PARSED.get().get(face);
        if (ttf == null) {
            ttf = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
            ttf.setEnableGsub(false);
            PARSED.get().put(face, ttf);
        }
        return ttf;
    }

    /** Loads a face into a document the first time the layout asks for it, subset when the document is saved. */
    static final class Lazy extends PDFontSupplier {
        private final PDDocument document;
        private final Face face;
        private PDFont font;

        Lazy(PDDocument document, Face face) {
            super(null);
            this.document = document;
            this.face = face;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    font = PDType0Font.load(document, parsed(face), true);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot load font " + face.family(), e);
                }
            }
            return font;
        }
    }
}
