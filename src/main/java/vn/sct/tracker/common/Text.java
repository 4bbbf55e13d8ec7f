package vn.sct.tracker.common;

/** What the application does to every piece of text a person enters, before any rule looks at it. */
public final class Text {

    private Text() {
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
