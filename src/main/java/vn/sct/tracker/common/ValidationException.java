package vn.sct.tracker.common;

import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Bad input from a user: names the field and says why, in Vietnamese. Thrown before anything is
 * written; when thrown inside an engine step it rolls the whole step back (engine and records), and
 * Tasklist shows the message to the user. It is a {@link ProcessEngineException}; the engine's REST
 * layers wrap it in their own messages; {@code EngineErrorAnswer} turns it back into this message with
 * status 400 on every REST API.
 */
public class ValidationException extends ProcessEngineException {

    private final String field;
    private final String reason;

    public ValidationException(String field, String fieldLabel, String reason) {
        super(fieldLabel + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    /** Variable or JSON property name of the offending field. */
    public String field() {
        return field;
    }

    /** Why it was refused, in Vietnamese, without the field label. */
    public String reason() {
        return reason;
    }
}
