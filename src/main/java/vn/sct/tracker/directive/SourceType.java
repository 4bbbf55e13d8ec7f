package vn.sct.tracker.directive;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import vn.sct.tracker.common.Messages;

/** Who assigned the directive (nguồn giao); directives of UBND tỉnh and its leaders have stricter rules. */
public enum SourceType {
    UBND_TINH(true), LANH_DAO_UBND_TINH(true), CHUONG_TRINH_KHUNG(true), NHIEM_VU_CHU_YEU(false),
    KET_LUAN_GIAO_BAN(false), GIAM_DOC_SO(false);

    private final boolean fromProvince;

    SourceType(boolean fromProvince) {
        this.fromProvince = fromProvince;
    }

    public String label() {
        return label(Messages.VIETNAMESE);
    }

    public String label(Locale locale) {
        return Messages.get(locale, "source." + name());
    }

    /**
     * Assigned by UBND tỉnh or its leaders: an extension needs the province's answer before the deadline
     * moves, and such a directive may never be closed unfinished.
     */
    public boolean fromProvince() {
        return fromProvince;
    }

    public static Optional<SourceType> parse(String value) {
        return Arrays.stream(values()).filter(t -> t.name().equals(value)).findFirst();
    }
}
