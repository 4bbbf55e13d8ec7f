package vn.sct.tracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.sct.tracker.common.NotFoundException;
import vn.sct.tracker.directive.Directive;
import vn.sct.tracker.directive.DirectiveService;
import vn.sct.tracker.extension.DirectiveExtension;
import vn.sct.tracker.extension.ExtensionRepository;
import vn.sct.tracker.extension.ExtensionRequest;
import vn.sct.tracker.extension.ExtensionService;

/** Extension requests of a directive: ask (the lead division) and read the history. */
@RestController
@RequestMapping("/api/directives/{id}/extensions")
@Tag(name = "Gia hạn", description = "Đề nghị gia hạn nhiệm vụ và lịch sử gia hạn")
@SecurityRequirement(name = "basic")
public class ExtensionController {

    private final RuntimeService runtime;
    private final DirectiveService directives;
    private final ExtensionRepository requests;
    private final ExtensionService extensions;
    private final DirectiveAccess access;

    public ExtensionController(RuntimeService runtime, DirectiveService directives, ExtensionRepository requests,
                               ExtensionService extensions, DirectiveAccess access) {
        this.runtime = runtime;
        this.directives = directives;
        this.requests = requests;
        this.extensions = extensions;
        this.access = access;
    }

    @Schema(description = "Đề nghị gia hạn: thời hạn mới (một ngày làm việc sau thời hạn hiện tại), lý do khách quan")
    public record NewExtension(LocalDate proposedDeadline, String reason, String attachmentRef) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Phòng chủ trì đề nghị gia hạn (bắt đầu quy trình Đề nghị gia hạn nhiệm vụ)")
    public ExtensionRequest request(@PathVariable String id, @RequestBody NewExtension body, Authentication caller) {
        readable(id, caller);
        Map<String, Object> v = new HashMap<>();
        v.put(DirectiveExtension.FIELD_DIRECTIVE_ID, id);
        v.put(DirectiveExtension.FIELD_PROPOSED_DEADLINE,
                body.proposedDeadline() == null ? null : body.proposedDeadline().toString());
        v.put(DirectiveExtension.FIELD_REASON, body.reason());
        v.put(DirectiveExtension.FIELD_ATTACHMENT, body.attachmentRef());
        ProcessInstance pi = runtime.startProcessInstanceByKey(DirectiveExtension.PROCESS_KEY, v);
        return extensions.get(pi.getBusinessKey());
    }

    @GetMapping
    @Operation(summary = "Mọi đề nghị gia hạn của nhiệm vụ, cũ trước (kể cả không được chấp thuận)")
    public List<ExtensionRequest> list(@PathVariable String id, Authentication caller) {
        readable(id, caller);
        return requests.ofDirective(id);
    }

    private Directive readable(String id, Authentication caller) {
        Directive d = directives.get(id);
        if (!access.canRead(caller, d)) {
            throw new NotFoundException("Không có nhiệm vụ " + id);
        }
        return d;
    }
}
