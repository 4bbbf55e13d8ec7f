package vn.sct.tracker.common;

/**
 * What text may contain, wherever it comes in: printable characters, and in multi-line fields also line
 * breaks and tabs. Control characters (NUL and the other C0/C1 codes), unpaired surrogates and the
 * non-characters U+FFFE/U+FFFF are refused with the field named: they cannot be typed, show as nothing or
 * break exports and other systems. HTML is text like any other: stored as typed, shown escaped.
 */
public final class InputText {

    private InputText() {
    }

    /** Refuses {@code value} for {@code field} if it holds a character no field may hold. */
    public static String check(String field, String value) {
        int bad = firstRefused(value, true);
        if (bad >= 0) {
            throw new ValidationException(field, "reason.controlCharacter", bad + 1);
        }
        return value;
    }

    /** As {@link #check}, and without line breaks or tabs (numbers, names, codes). */
    public static String checkLine(String field, String value) {
        int bad = firstRefused(value, false);
        if (bad >= 0) {
            throw new ValidationException(field, "reason.controlCharacter", bad + 1);
        }
        return value;
    }

    /**
     * The index of the first refused character, or -1.
     *
     * @param breaksAllowed whether line feed, carriage return and tab are allowed
     */
    public static int firstRefused(String value, boolean breaksAllowed) {
        if (value == null) {
            return -1;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                if (!breaksAllowed) {
                    return i;
                }
                continue;
            }
            if (Character.isISOControl(c) || c == '\uFFFE' || c == '\uFFFF') {
                return i;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                    continue;
                }
                return i;
            }
            if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** The text with every refused character shown as '?', for repeating it in an answer. */
    public static String visible(String value) {
        StringBuilder b = new StringBuilder(value.length());
        value.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c)
                || Character.getType(c) == Character.SURROGATE ? '?' : c));
        return b.toString();
    }
}
