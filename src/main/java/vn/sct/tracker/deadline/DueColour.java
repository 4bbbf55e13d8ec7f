package vn.sct.tracker.deadline;

import java.util.Locale;
import vn.sct.tracker.common.Messages;

/**
 * The colour of a directive in lists and dashboards: GREEN done on time, or open and not yet due soon;
 * ORANGE open, within its deadline, past its reminder day ("sắp đến hạn"); RED open overdue, or done late.
 */
public enum DueColour {
    GREEN, ORANGE, RED;

    public String label() {
        return label(Messages.VIETNAMESE);
    }

    public String label(Locale locale) {
        return Messages.get(locale, "colour." + name());
    }
}
