package vn.sct.tracker.directive;

/** Where a directive stands in its lifecycle; the label is what users read. */
public enum DirectiveStatus {
    REGISTERED("Đã đăng ký, chờ giao"),
    ASSIGNED("Đã giao, chờ phân công chuyên viên"),
    IN_PROGRESS("Đang thực hiện"),
    IN_REVIEW("Đang trình duyệt"),
    SIGNED("Đã ký, chờ phát hành"),
    CLOSED("Đã kết thúc");

    private final String label;

    DirectiveStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOpen() {
        return this != CLOSED;
    }
}
