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
    REVIEW_OVERDUE("Quá thời hạn xem xét"),
    EXTENSION_REQUESTED("Đề nghị gia hạn"),
    EXTENSION_REVIEWED("Văn phòng cho ý kiến về gia hạn"),
    EXTENSION_DECIDED("Giám đốc quyết định gia hạn"),
    EXTENSION_PROVINCE_ANSWERED("Ý kiến của UBND tỉnh về gia hạn"),
    DEADLINE_EXTENDED("Gia hạn thời hạn"),
    EXTENSION_REFUSED("Không được gia hạn");

    private final String label;

    DirectiveAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
