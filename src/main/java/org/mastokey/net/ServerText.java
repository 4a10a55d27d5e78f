package org.mastokey.net;

/**
 * The one way a string a server sent (a name, a title, an error description) becomes text a person
 * reads in a terminal or a label: escape sequences (ANSI CSI, OSC, DCS...), C0/C1 control characters,
 * bidi overrides and isolates, zero-width and other invisible format characters are removed, and the
 * length is capped. {@link #oneLine} also folds every line break into a space, so that one record
 * stays one line in machine-readable output.
 */
public final class ServerText {
    /** Longer than any real display name, title or error sentence. */
    public static final int MAX_LINE = 200;
    public static final int MAX_BLOCK = 2_000;
    private static final char ESC = '\u001b';

    private ServerText() {
    }

    /** One line, at most {@link #MAX_LINE} characters; null stays null. */
    public static String oneLine(String untrusted) {
        return clean(untrusted, MAX_LINE, false);
    }

    /** Like {@link #oneLine}, but keeps line breaks (as {@code \n}); at most {@link #MAX_BLOCK} characters. */
    public static String block(String untrusted) {
        return clean(untrusted, MAX_BLOCK, true);
    }

    /** True when {@link #oneLine} would return the text unchanged. */
    public static boolean isClean(String text) {
        return text != null && text.equals(oneLine(text));
    }

    private static String clean(String untrusted, int max, boolean keepLineBreaks) {
        if (untrusted == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(untrusted.length(), max + 1));
        int i = 0;
        int n = untrusted.length();
        while (i < n && out.length() <= max) {
            int c = untrusted.codePointAt(i);
            int next = i + Character.charCount(c);
            if (c == ESC || c == 0x9b || c == 0x9d || c == 0x90 || c == 0x9e || c == 0x9f || c == 0x98) {
                next = skipSequence(untrusted, i, c);
            } else if (c == '\n' || c == '\r' || c == '\t' || c == 0x0b || c == 0x0c || c == 0x85 || c == 0x2028 || c == 0x2029) {
                boolean lineBreak = c != '\t' && c != 0x0b && c != 0x0c;
                if (c == '\r' && next < n && untrusted.charAt(next) == '\n') {
                    next++;
                }
                if (keepLineBreaks && lineBreak) {
                    out.append('\n');
                } else if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (!invisible(c)) {
                out.appendCodePoint(c);
            }
            i = next;
        }
        String text = out.toString().strip();
        if (text.length() > max) {
            int cut = max - 1;
            if (Character.isLowSurrogate(text.charAt(cut))) {
                cut--;
            }
            text = text.substring(0, cut) + "\u2026";
        }
        return text;
    }

    /**
     * Control characters (C0, DEL, C1), format characters (bidi embeddings, overrides and isolates,
     * zero-width space/joiners, word joiner, BOM, ...), line and paragraph separators, unassigned and
     * private-use code points, and lone surrogates.
     */
    private static boolean invisible(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c)
                || type == Character.FORMAT
                || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE
                || type == Character.SURROGATE
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR
                || c == 0x115f || c == 0x1160 || c == 0x3164 || c == 0xffa0;   // Hangul fillers render as nothing
    }

    /** Index after an escape sequence starting at {@code start}: CSI up to its final byte, OSC/DCS/PM/APC up to ST or BEL. */
    private static int skipSequence(String s, int start, int c) {
        int n = s.length();
        int i = start + 1;
        boolean csi = c == 0x9b;
        boolean string = c == 0x9d || c == 0x90 || c == 0x9e || c == 0x9f || c == 0x98;
        if (c == ESC) {
            if (i >= n) {
                return i;
            }
            char kind = s.charAt(i);
            i++;
            if (kind == '[') {
                csi = true;
            } else if (kind == ']' || kind == 'P' || kind == '^' || kind == '_' || kind == 'X') {
                string = true;
            } else {
                // two-character sequences (ESC c, ESC 7, ESC ( B ...): drop intermediates and the final byte
                while (i < n && s.charAt(i) >= 0x20 && s.charAt(i) <= 0x2f) {
                    i++;
                }
                return kind >= 0x20 && kind <= 0x2f && i < n ? i + 1 : i;
            }
        }
        if (csi) {
            while (i < n && s.charAt(i) >= 0x20 && s.charAt(i) <= 0x3f) {
                i++;
            }
            return i < n && s.charAt(i) >= 0x40 && s.charAt(i) <= 0x7e ? i + 1 : i;
        }
        if (string) {
            while (i < n) {
                char ch = s.charAt(i);
                if (ch == 0x07 || ch == 0x9c) {
                    return i + 1;
                }
                if (ch == ESC && i + 1 < n && s.charAt(i + 1) == '\\') {
                    return i + 2;
                }
                i++;
            }
        }
        return i;
    }
}
