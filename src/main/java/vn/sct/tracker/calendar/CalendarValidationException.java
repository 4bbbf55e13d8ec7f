package vn.sct.tracker.calendar;

/**
 * Invalid input to the working-day calendar. Rendered by {@link CalendarExceptionHandler} as HTTP
 * 400 with the body {@code {"field": "...", "message": "..."}}.
 */
public class CalendarValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field   name of the offending request field or parameter
     * @param message Vietnamese message for the user
     */
    public CalendarValidationException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** @return name of the offending request field or parameter */
    public String getField() {
        return field;
    }
}
