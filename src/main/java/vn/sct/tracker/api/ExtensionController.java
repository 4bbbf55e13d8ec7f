package vn.sct.tracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.sct.tracker.extension.ExtensionRequest;
import vn.sct.tracker.extension.ExtensionService;
import vn.sct.tracker.process.extension.ExtensionStarter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import vn.sct.tracker.common.PlainText;

/** Extension requests of a directive: ask (the lead division) and read the history. */
@RestController
@RequestMapping("/api/directives/{id}/extensions")
@Tag(name = "Gia hạn", description = "Đề nghị gia hạn nhiệm vụ và lịch sử gia hạn")
@SecurityRequirement(name = "basic")
public class ExtensionController {

    private final ExtensionStarter starter;
    private final ExtensionService extensions;
    private final DirectiveReader reader;

    public ExtensionController(ExtensionStarter starter, ExtensionService extensions, DirectiveReader reader) {
        this.starter = starter;
        this.extensions = extensions;
        this.reader = reader;
    }

    @Schema(description = "Đề nghị gia hạn: thời hạn mới (một ngày làm việc sau thời hạn hiện tại), lý do khách quan")
    public record NewExtension(LocalDate proposedDeadline,
                               @PlainText @Size(max = 4000, message = "reason.maxLength") String reason,
                               @PlainText(singleLine = true) @Size(max = 500, message = "reason.maxLength") String attachmentRef) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Phòng chủ trì đề nghị gia hạn (bắt đầu quy trình Đề nghị gia hạn nhiệm vụ)")
    public ExtensionRequest request(@PathVariable String id, @Valid @RequestBody NewExtension body,
                                    Authentication caller) {
        reader.readable(id, caller);
        return extensions.get(starter.request(id, body.proposedDeadline(), body.reason(), body.attachmentRef()));
    }

    @GetMapping
    @Operation(summary = "Mọi đề nghị gia hạn của nhiệm vụ, cũ trước (kể cả không được chấp thuận)")
    public List<ExtensionRequest> list(@PathVariable String id, Authentication caller) {
        reader.readable(id, caller);
        return extensions.ofDirective(id);
    }
}
