package vn.sct.tracker.directive;

import java.util.Locale;
import vn.sct.tracker.common.Messages;

/** What happened to a directive, as written to its event trail; the names are in the message bundle. */
public enum DirectiveAction {
    REGISTERED, ASSIGNED, SPECIALIST_ASSIGNED, REASSIGNED, DRAFT_SUBMITTED, OPINION_GIVEN, APPROVED, RETURNED,
    SIGNED, CLOSED, DEADLINE_SCHEDULED, REMINDED, OVERDUE, CHASED, CHASE_REPEATED, DIRECTOR_NOTIFIED,
    REVIEW_OVERDUE, EXTENSION_REQUESTED, EXTENSION_REVIEWED, EXTENSION_DECIDED, EXTENSION_PROVINCE_ANSWERED,
    DEADLINE_EXTENDED, EXTENSION_REFUSED;

    /** The Vietnamese name, as the trail shows it. */
    public String label() {
        return label(Messages.VIETNAMESE);
    }

    public String label(Locale locale) {
        return Messages.get(locale, "action." + name());
    }
}
