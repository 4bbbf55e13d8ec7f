package vn.sct.tracker.directive;

import java.util.Arrays;
import java.util.Optional;

/** Who assigned the directive (nguồn giao); directives of UBND tỉnh and its leaders have stricter rules. */
public enum SourceType {
    UBND_TINH("UBND tỉnh", true),
    LANH_DAO_UBND_TINH("Lãnh đạo UBND tỉnh", true),
    CHUONG_TRINH_KHUNG("Chương trình khung của UBND tỉnh", true),
    NHIEM_VU_CHU_YEU("Nhiệm vụ chủ yếu của Sở", false),
    KET_LUAN_GIAO_BAN("Thông báo kết luận giao ban", false),
    GIAM_DOC_SO("Chỉ đạo của Giám đốc Sở", false);

    private final String label;
    private final boolean fromProvince;

    SourceType(String label, boolean fromProvince) {
        this.label = label;
        this.fromProvince = fromProvince;
    }

    public String label() {
        return label;
    }

    /** Assigned by UBND tỉnh or its leaders: extensions need the province's answer (seed 002). */
    public boolean fromProvince() {
        return fromProvince;
    }

    public static Optional<SourceType> parse(String value) {
        return Arrays.stream(values()).filter(t -> t.name().equals(value)).findFirst();
    }
}
