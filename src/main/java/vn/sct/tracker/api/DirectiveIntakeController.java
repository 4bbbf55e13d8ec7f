package vn.sct.tracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.sct.tracker.directive.RegisterDirective;
import vn.sct.tracker.intake.Intakes;
import vn.sct.tracker.process.intake.DirectiveIntake;

/** Directives sent by other systems: registered and started in one step, never twice for one document. */
@RestController
@RequestMapping("/api/directives")
@Tag(name = "Nhiệm vụ")
@SecurityRequirement(name = "basic")
public class DirectiveIntakeController {

    /** Set on the answer to a retried delivery: the directive was made by the first one. */
    public static final String REPLAYED = "Idempotent-Replayed";

    private final DirectiveIntake intake;
    private final Intakes intakes;
    private final DirectiveReader reader;

    public DirectiveIntakeController(DirectiveIntake intake, Intakes intakes, DirectiveReader reader) {
        this.intake = intake;
        this.intakes = intakes;
        this.reader = reader;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Đăng ký một nhiệm vụ từ hệ thống khác (Văn phòng): tạo hồ sơ và bắt đầu quy trình trong một"
            + " giao dịch; gửi lại cùng externalId trả về nhiệm vụ đã tạo",
            responses = {
                @ApiResponse(responseCode = "201", description = "Đã đăng ký; Location chỉ tới nhiệm vụ"),
                @ApiResponse(responseCode = "200", description = "Đã có (gửi lại); tiêu đề Idempotent-Replayed: true"),
                @ApiResponse(responseCode = "400", description = "Sai dữ liệu: {field, message}; không lưu gì"),
                @ApiResponse(responseCode = "403", description = "Người gọi không được đăng ký nhiệm vụ"),
                @ApiResponse(responseCode = "409", description = "externalId đã dùng cho nhiệm vụ khác nội dung"),
                @ApiResponse(responseCode = "413", description = "Nội dung quá 1 MiB"),
                @ApiResponse(responseCode = "415", description = "Không phải application/json")})
    public ResponseEntity<DirectiveView> create(@RequestBody NewDirective body, Authentication caller) {
        intake.requireMayRegister();
        String key = Intakes.key("externalId", body.externalId());
        RegisterDirective in = body.registration();
        String lead = intakes.proposedLead("proposedLeadDivision", body.proposedLeadDivision());
        DirectiveIntake.Created made;
        try {
            made = intake.create("externalId", key, in, lead, caller.getName());
        } catch (DuplicateKeyException sameKeyMeanwhile) {
            // another delivery of the same document committed first: answer as a retry
            made = intake.create("externalId", key, in, lead, caller.getName());
        }
        DirectiveView view = reader.whole(made.directiveId());
        if (made.existed()) {
            return ResponseEntity.ok().header(REPLAYED, "true").body(view);
        }
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}")
                .buildAndExpand(made.directiveId()).toUri();
        return ResponseEntity.created(location).body(view);
    }
}
