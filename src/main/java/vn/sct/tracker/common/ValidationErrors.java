package vn.sct.tracker.common;

/** Finds the user's input error inside the engine's wrappers. */
public final class ValidationErrors {

    private ValidationErrors() {
    }

    /** The {@link ValidationException} that caused {@code error}, or null if it has none. */
    public static ValidationException find(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ValidationException v) {
                return v;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
