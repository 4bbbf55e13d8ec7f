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
    CLOSED("Phát hành, kết thúc nhiệm vụ");

    private final String label;

    DirectiveAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
