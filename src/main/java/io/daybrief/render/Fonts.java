package io.daybrief.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The font files embedded in every PDF: DejaVu, read once from the jasperreports-fonts artifact on the
 * classpath and kept in memory, so that no edition reads them from disk again.
 */
final class Fonts {

    private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";

    /** One face of a family: its file bytes, the CSS family name, weight and whether it is italic. */
    record Face(byte[] bytes, String family, int weight, boolean italic) {
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
}
