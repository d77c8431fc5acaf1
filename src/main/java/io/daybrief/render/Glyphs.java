package io.daybrief.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeBlock;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Which characters the embedded fonts can draw, so that text they cannot (another script) is replaced by a
 * visible U+FFFD mark and reported by name, never silently dropped or drawn as an invisible missing glyph.
 */
final class Glyphs {

    /** What was replaced: a readable list of the characters by Unicode block. */
    record Replaced(String html, List<String> problems) {
    }

    private static final char REPLACEMENT = '\uFFFD';
    private static final BitSet DRAWABLE = drawable();

    private Glyphs() {
    }

    /** Characters every embedded family has a glyph for: a character missing from one cannot be trusted. */
    private static BitSet drawable() {
        BitSet all = null;
        for (Fonts.Face face : Fonts.FACES) {
            BitSet covered = new BitSet(0x30000);
            try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()))) {
                CmapLookup cmap = font.getUnicodeCmapLookup();
                for (int cp = 0; cp < 0x30000; cp++) {
                    if (cmap.getGlyphId(cp) != 0) {
                        covered.set(cp);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the character map of " + face.family(), e);
            }
            if (all == null) {
                all = covered;
            } else {
                all.and(covered);
            }
        }
        return all;
    }

    /** Replaces what the fonts cannot draw in {@code html}, and says which characters those were. */
    static Replaced check(String html) {
        StringBuilder out = null;
        Map<String, StringBuilder> missing = new LinkedHashMap<>();
        for (int i = 0; i < html.length(); ) {
            int cp = html.codePointAt(i);
            int width = Character.charCount(cp);
            if (!Character.isWhitespace(cp) && !Character.isISOControl(cp) && !DRAWABLE.get(cp)) {
                if (out == null) {
                    out = new StringBuilder(html.length()).append(html, 0, i);
                }
                out.append(REPLACEMENT);
                UnicodeBlock block = UnicodeBlock.of(cp);
                StringBuilder chars = missing.computeIfAbsent(block == null ? "UNASSIGNED" : block.toString(),
                        b -> new StringBuilder());
                if (chars.length() < 40) {
                    chars.appendCodePoint(cp);
                }
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i += width;
        }
        List<String> problems = missing.entrySet().stream()
                .map(e -> "characters of " + e.getKey().replace('_', ' ') + " (" + e.getValue() + ") cannot be shown"
                        + " by the embedded DejaVu fonts and are printed as \uFFFD; add a font for them to show them")
                .toList();
        return new Replaced(out == null ? html : out.toString(), problems);
    }
}
