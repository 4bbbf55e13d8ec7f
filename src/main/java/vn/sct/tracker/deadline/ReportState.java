package vn.sct.tracker.deadline;

import java.util.Locale;
import vn.sct.tracker.common.Messages;

/** The four states of the national tracking system's reports, one per directive at a given moment. */
public enum ReportState {
    DONE_ON_TIME, DONE_LATE, OPEN_WITHIN_DEADLINE, OPEN_OVERDUE;

    public String label() {
        return label(Messages.VIETNAMESE);
    }

    public String label(Locale locale) {
        return Messages.get(locale, "reportState." + name());
    }
}
