package vn.sct.tracker.directive;

/** What happened to a directive, as written to its event trail. */
public enum DirectiveAction {
    REGISTERED("Đăng ký nhiệm vụ"),
    ASSIGNED("Giao nhiệm vụ"),
    SPECIALIST_ASSIGNED("Phân công chuyên viên"),
    REASSIGNED("Giao lại cho chuyên viên khác"),
    DRAFT_SUBMITTED("Trình dự thảo"),
    OPINION_GIVEN("Cho ý kiến phối hợp"),
    APPROVED("Đồng ý, trình tiếp"),
    RETURNED("Trả lại"),
    SIGNED("Ký duyệt"),
    CLOSED("Phát hành, kết thúc nhiệm vụ"),
    DEADLINE_SCHEDULED("Lập mốc theo dõi thời hạn"),
    REMINDED("Nhắc hạn"),
    OVERDUE("Quá hạn"),
    CHASED("Văn phòng đôn đốc"),
    CHASE_REPEATED("Đôn đốc lại"),
    DIRECTOR_NOTIFIED("Báo cáo Giám đốc nhiệm vụ quá hạn"),
    REVIEW_OVERDUE("Quá thời hạn xem xét");

    private final String label;

    DirectiveAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
