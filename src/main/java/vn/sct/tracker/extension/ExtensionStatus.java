package vn.sct.tracker.extension;

/** Where an extension request stands. */
public enum ExtensionStatus {
    PENDING("Đang xem xét"),
    GRANTED("Đã gia hạn"),
    REJECTED("Giám đốc không đồng ý gia hạn"),
    PROVINCE_REFUSED("UBND tỉnh không đồng ý gia hạn"),
    CANCELLED("Hủy do nhiệm vụ đã kết thúc");

    private final String label;

    ExtensionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
