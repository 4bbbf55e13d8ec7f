package vn.sct.tracker.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.Optional;
import vn.sct.tracker.common.ValidationException;
import vn.sct.tracker.directive.RegisterDirective;
import vn.sct.tracker.directive.SourceType;

/** A directive sent by another system (the province's document exchange, the Department's own software). */
@Schema(description = "Nhiệm vụ gửi từ hệ thống khác: các trường của biểu mẫu đăng ký, kèm mã định danh văn bản"
        + " trên hệ thống nguồn (khoá chống tạo trùng khi gửi lại)")
public record NewDirective(
        @Schema(description = "Mã định danh văn bản trên hệ thống nguồn; gửi lại cùng mã, cùng nội dung trả về nhiệm vụ"
                + " đã tạo; cùng mã, khác nội dung: 409", example = "000.00.12.H23-2027-00015",
                requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200)
        String externalId,
        @Schema(description = "Nguồn giao: UBND_TINH, LANH_DAO_UBND_TINH, CHUONG_TRINH_KHUNG, NHIEM_VU_CHU_YEU,"
                + " KET_LUAN_GIAO_BAN, GIAM_DOC_SO", example = "UBND_TINH", requiredMode = Schema.RequiredMode.REQUIRED)
        String sourceType,
        @Schema(description = "Số, ký hiệu văn bản giao", example = "125/UBND-KT1",
                requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100)
        String sourceDocNumber,
        @Schema(description = "Ngày văn bản: 2027-01-05 hoặc 05/01/2027", example = "2027-01-05", type = "string",
                requiredMode = Schema.RequiredMode.REQUIRED)
        LocalDate sourceDocDate,
        @Schema(description = "Cơ quan ban hành", example = "UBND tỉnh Hà Tĩnh", requiredMode = Schema.RequiredMode.REQUIRED,
                maxLength = 255)
        String sourceIssuer,
        @Schema(description = "Trích yếu nội dung nhiệm vụ", example = "Báo cáo tình hình thực hiện các dự án điện gió",
                requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 2000)
        String sourceSummary,
        @Schema(description = "Nội dung chi tiết (không bắt buộc)", maxLength = 8000)
        String content,
        @Schema(description = "Thời hạn hoàn thành, từ hôm nay trở đi: 2027-01-29 hoặc 29/01/2027; ngày nghỉ thì tính"
                + " đến hết ngày làm việc tiếp theo (xem deadlineNote trong trả lời)", example = "2027-01-29",
                type = "string", requiredMode = Schema.RequiredMode.REQUIRED)
        LocalDate deadline,
        @Schema(description = "Phòng chủ trì đề xuất (mã hoặc tên phòng), được chọn sẵn khi Giám đốc giao",
                example = "QLCN")
        String proposedLeadDivision) {

    /** The registration it stands for; an unknown source type is refused with the field named. */
    RegisterDirective registration() {
        SourceType type = sourceType == null || sourceType.isBlank() ? null
                : Optional.of(sourceType.strip()).flatMap(SourceType::parse).orElseThrow(() ->
                        new ValidationException("sourceType", "reason.chooseSourceType"));
        return new RegisterDirective(type, sourceDocNumber, sourceDocDate, sourceIssuer, sourceSummary, content,
                deadline);
    }
}
