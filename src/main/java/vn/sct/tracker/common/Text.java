package vn.sct.tracker.common;

/** What the application does to every piece of text a person enters, before any rule looks at it. */
public final class Text {

    private Text() {
    }

    /**
     * What a person typed into a multi-line field: cleaned as {@link #clean}, refused with the field named if
     * it holds a character {@link InputText} refuses or is longer than {@code max}.
     */
    public static String field(String field, String value, int max) {
        String v = clean(value);
        InputText.check(field, v);
        if (v != null && v.length() > max) {
            throw new ValidationException(field, "reason.maxLength", max);
        }
        return v;
    }

    /** As {@link #field}, for a one-line field (a number, a name, a code): no line breaks or tabs. */
    public static String line(String field, String value, int max) {
        String v = clean(value);
        InputText.checkLine(field, v);
        if (v != null && v.length() > max) {
            throw new ValidationException(field, "reason.maxLength", max);
        }
        return v;
    }

    /** A text the product wrote itself, cut to the column that keeps it (never refused for its length). */
    public static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    /**
     * Two sentences as one text (a trail entry: the draft's summary, then the note): the first is closed by a
     * full stop unless it ends with punctuation already; an empty part is left out.
     */
    public static String sentences(String first, String second) {
        String f = clean(first);
        String s = clean(second);
        if (f == null || s == null) {
            return f == null ? s : f;
        }
        return f + (".!?…:;".indexOf(f.charAt(f.length() - 1)) >= 0 ? " " : ". ") + s;
    }

    /** Without surrounding white space; null when nothing is left. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String s = value.strip();
        return s.isEmpty() ? null : s;
    }
}
