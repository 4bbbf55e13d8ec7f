package vn.sct.tracker.common;

import java.util.Locale;

/** A record that does not exist (or that the caller may not see); the text comes from the message bundle. */
public class NotFoundException extends RuntimeException {

    private final String key;
    private final Object[] args;
    private final String field;

    public NotFoundException(String key, Object... args) {
        this(null, key, args);
    }

    private NotFoundException(String field, String key, Object[] args) {
        super(Messages.get(Messages.VIETNAMESE, key, args));
        this.key = key;
        this.args = args;
        this.field = field;
    }

    /** The same, naming the request field that pointed to nothing. */
    public NotFoundException field(String name) {
        return new NotFoundException(name, key, args);
    }

    /** The request field, or null. */
    public String field() {
        return field;
    }

    public String message(Locale locale) {
        return Messages.get(locale, key, args);
    }
}
