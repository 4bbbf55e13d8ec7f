package vn.sct.tracker.deadline;

/** The colour of a directive in lists and dashboards. */
public enum DueColour {
    /** Done on time, or open and not yet due soon. */
    GREEN("Xanh"),
    /** Open, within its deadline, past its reminder day ("sắp đến hạn"). */
    ORANGE("Cam"),
    /** Open overdue, or done late. */
    RED("Đỏ");

    private final String label;

    DueColour(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
