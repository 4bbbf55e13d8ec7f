package vn.sct.tracker.common;

import java.util.Locale;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Bad input from a user: names the field and says why. The texts come from the message bundle
 * ({@code field.<name>} for the field's label, a reason key with its arguments), so the same refusal reads
 * in Vietnamese ({@link #getMessage()}) or in the caller's language ({@link #message(Locale)}).
 *
 * <p>Thrown before anything is written; inside an engine step it rolls the whole step back (engine and
 * records), and Tasklist shows the message. It is a {@link ProcessEngineException}: the engine's REST
 * layers wrap it, and {@code EngineErrorAnswer} turns it back into this message with status 400.
 */
public class ValidationException extends ProcessEngineException {

    private final String field;
    private final String labelKey;
    private final Object[] labelArgs;
    private final String reasonKey;
    private final Object[] reasonArgs;

    /** A refusal of {@code field}, labelled {@code field.<field>}, for the reason {@code reasonKey}. */
    public ValidationException(String field, String reasonKey, Object... reasonArgs) {
        this(field, "field." + field, new Object[0], reasonKey, reasonArgs);
    }

    private ValidationException(String field, String labelKey, Object[] labelArgs, String reasonKey,
                                Object[] reasonArgs) {
        super(join(label(Messages.VIETNAMESE, labelKey, labelArgs, field),
                Messages.get(Messages.VIETNAMESE, reasonKey, reasonArgs)));
        this.field = field;
        this.labelKey = labelKey;
        this.labelArgs = labelArgs;
        this.reasonKey = reasonKey;
        this.reasonArgs = reasonArgs;
    }

    /** The same refusal with another label, e.g. "Nhiệm vụ NV-2026-00012" ({@code label.directive}). */
    public ValidationException labelled(String key, Object... args) {
        return new ValidationException(field, key, args, reasonKey, reasonArgs);
    }

    /** The same refusal for another field (a query parameter read by a shared converter). */
    public ValidationException forField(String otherField) {
        return new ValidationException(otherField, "field." + otherField, new Object[0], reasonKey, reasonArgs);
    }

    /** Variable or JSON property name of the offending field. */
    public String field() {
        return field;
    }

    /** "label: reason" in the given language (the reason alone when the label is empty). */
    public String message(Locale locale) {
        return join(label(locale, labelKey, labelArgs, field), Messages.get(locale, reasonKey, reasonArgs));
    }

    /** The field's label; a field without one in the bundle is named as it was sent. */
    private static String label(Locale locale, String labelKey, Object[] labelArgs, String field) {
        String label = Messages.get(locale, labelKey, labelArgs);
        return label.equals(labelKey) ? (field == null ? "" : field) : label;
    }

    private static String join(String label, String reason) {
        return label.isEmpty() ? reason : label + ": " + reason;
    }

    /** Why it was refused, in Vietnamese, without the field label. */
    public String reason() {
        return Messages.get(Messages.VIETNAMESE, reasonKey, reasonArgs);
    }
}
