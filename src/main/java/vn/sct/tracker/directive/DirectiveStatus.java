package vn.sct.tracker.directive;

import java.util.Locale;
import vn.sct.tracker.common.Messages;

/** Where a directive stands in its lifecycle; the names are in the message bundle. */
public enum DirectiveStatus {
    REGISTERED, ASSIGNED, IN_PROGRESS, IN_REVIEW, SIGNED, CLOSED;

    public String label() {
        return label(Messages.VIETNAMESE);
    }

    public String label(Locale locale) {
        return Messages.get(locale, "status." + name());
    }

    public boolean isOpen() {
        return this != CLOSED;
    }
}
