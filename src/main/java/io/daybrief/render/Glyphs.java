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

    /** Each face's character map, read once; lookups only read it, so threads may share it. */
    private static final List<CmapLookup> MAPS = maps();

    /** The code points looked up so far, and which of those every face can draw; guarded by the class. */
    private static final BitSet KNOWN = new BitSet();
    private static final BitSet DRAWABLE = new BitSet();

    /** The same answer for ASCII, without the lock: most of every document. */
    private static final boolean[] ASCII = new boolean[128];

    static {
        for (int cp = 0; cp < ASCII.length; cp++) {
            ASCII[cp] = inEveryFace(cp);
        }
    }

    private Glyphs() {
    }

    private static List<CmapLookup> maps() {
        List<CmapLookup> maps = new java.util.ArrayList<>();
        for (Fonts.Face face : Fonts.FACES) {
            try {
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(face.bytes()));
                maps.add(font.getUnicodeCmapLookup());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the character map of " + face.family(), e);
            }
        }
        return List.copyOf(maps);
    }

    /** Whether every embedded face has a glyph for {@code cp}: a character missing from one cannot be trusted. */
    private static boolean inEveryFace(int cp) {
        for (CmapLookup map : MAPS) {
            if (map.getGlyphId(cp) == 0) {
                return false;
            }
        }
        return true;
    }

    /** The same, remembered: looked up when first met, not for all of Unicode at start-up. */
    private static boolean drawable(int cp) {
        if (cp < ASCII.length) {
            return ASCII[cp];
        }
        synchronized (Glyphs.class) {
            if (!KNOWN.get(cp)) {
                DRAWABLE.set(cp, inEveryFace(cp));
                KNOWN.set(cp);
            }
            return DRAWABLE.get(cp);
        }
    }

    /**
     * Whether XML 1.0 can carry the character at all: text stored before ingest cleaned it could still hold a NUL
     * or an escape, and one such character would stop the whole edition.
     */
    private static boolean carried(int cp) {
        return cp == '\t' || cp == '\n' || cp == '\r' || cp >= 0x20 && cp < 0x7F || cp > 0x9F && cp < 0xD800
                || cp >= 0xE000 && cp < 0xFFFE || cp >= 0x10000;
    }

    /**
     * Replaces what the fonts cannot draw in {@code html}, removes what XML cannot carry, and says which characters
     * those were.
     */
    static Replaced check(String html) {
        StringBuilder out = null;
        Map<String, StringBuilder> missing = new LinkedHashMap<>();
        int removed = 0;
        for (int i = 0; i < html.length(); ) {
            int cp = html.codePointAt(i);
            int width = Character.charCount(cp);
            if (!carried(cp)) {
                if (out == null) {
                    out = new StringBuilder(html.length()).append(html, 0, i);
                }
                removed++;
            } else if (!Character.isWhitespace(cp) && !Character.isISOControl(cp) && !drawable(cp)) {
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
        List<String> problems = new java.util.ArrayList<>(missing.entrySet().stream()
                .map(e -> "characters of " + e.getKey().replace('_', ' ') + " (" + e.getValue() + ") cannot be shown"
                        + " by the embedded DejaVu fonts and are printed as \uFFFD; add a font for them to show them")
                .toList());
        if (removed > 0) {
            problems.add(removed + " control characters in the stored text were left out (XML and PDF cannot carry"
                    + " them); ingest cleans them from new events");
        }
        return new Replaced(out == null ? html : out.toString(), problems);
    }
}
