package vn.sct.tracker.deadline;

import java.util.Arrays;
import java.util.Locale;
import vn.sct.tracker.common.Messages;
import vn.sct.tracker.common.Text;
import vn.sct.tracker.common.ValidationException;

/** How the Office chased an overdue directive; the names are in the message bundle. */
public enum ChaseMethod {
    PHONE, LETTER, MEETING, MESSAGE;

    public static final String METHOD_FIELD = "chaseMethod";
    public static final String NOTE_FIELD = "chaseNote";

    /** The method chosen in the form; refused when none of the list. */
    public static ChaseMethod parse(String value) {
        return Arrays.stream(values()).filter(m -> m.name().equals(value)).findFirst()
                .orElseThrow(() -> new ValidationException(METHOD_FIELD, "reason.chooseChaseMethod"));
    }

    /** What the chase achieved: required, at most 4000 characters. */
    public static String note(String value) {
        String note = Text.field(NOTE_FIELD, value, 4000);
        if (note == null) {
            throw new ValidationException(NOTE_FIELD, "reason.required");
        }
        return note;
    }

    public String label() {
        return label(Messages.VIETNAMESE);
    }

    public String label(Locale locale) {
        return Messages.get(locale, "chase." + name());
    }
}
