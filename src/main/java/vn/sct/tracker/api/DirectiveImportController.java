package vn.sct.tracker.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.sct.tracker.common.Messages;
import vn.sct.tracker.common.NotFoundException;
import vn.sct.tracker.common.ValidationException;
import vn.sct.tracker.intake.DirectiveImport;
import vn.sct.tracker.intake.ImportError;
import vn.sct.tracker.intake.ImportFormat;
import vn.sct.tracker.intake.IntakeRepository;
import vn.sct.tracker.intake.ProgrammeTemplate;
import vn.sct.tracker.process.intake.ProgrammeImport;

/** A programme's directives imported from a spreadsheet (the Office): its template, the import, the record. */
@RestController
@RequestMapping("/api/directive-imports")
@Tag(name = "Nhập chương trình", description = "Nhập hàng loạt nhiệm vụ của một chương trình, kế hoạch từ XLSX hoặc CSV")
@SecurityRequirement(name = "basic")
public class DirectiveImportController {

    /** An import as the API shows it. */
    public record ImportView(String id, String fileName, String format, int rows, int created, int existing,
                             String importedBy, OffsetDateTime importedAt, List<String> createdDirectives,
                             List<String> existingDirectives, List<String> earlierImports) {
    }

    private final ProgrammeImport imports;
    private final ProgrammeTemplate template;
    private final IntakeRepository repository;
    private final DirectiveAccess access;

    public DirectiveImportController(ProgrammeImport imports, ProgrammeTemplate template, IntakeRepository repository,
                                     DirectiveAccess access) {
        this.imports = imports;
        this.template = template;
        this.repository = repository;
        this.access = access;
    }

    @GetMapping("/template")
    @Operation(summary = "Tải mẫu nhập: tiêu đề cột tiếng Việt, một dòng ví dụ, danh mục nguồn giao và phòng, hướng dẫn")
    public ResponseEntity<byte[]> template(@Parameter(description = "xlsx (mặc định) hoặc csv")
                                           @RequestParam(defaultValue = "xlsx") String format) {
        ImportFormat f = ImportFormat.named(format).orElseThrow(() ->
                new ValidationException("format", "reason.xlsxOrCsv"));
        return file(HttpStatus.OK, template.write(f), f, "mau-nhap-nhiem-vu");
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Nhập một chương trình (Văn phòng): kiểm tra mọi dòng trước; có lỗi thì không nhập dòng nào;"
            + " dòng đã nhập trước (cùng mã, cùng nội dung) không tạo lại",
            responses = {
                @ApiResponse(responseCode = "201", description = "Đã đăng ký các nhiệm vụ mới và ghi nhận lần nhập"),
                @ApiResponse(responseCode = "200", description = "Mọi dòng đã được nhập trước đó: không tạo gì"),
                @ApiResponse(responseCode = "400", description = "Tệp có lỗi: {field, message, errors: [{row, column,"
                        + " field, message}]}; với errors=file: chính tệp đó kèm cột Lỗi"),
                @ApiResponse(responseCode = "413", description = "Tệp quá 10 MiB")})
    public ResponseEntity<?> importFile(
            @Parameter(description = "Tệp XLSX hoặc CSV (UTF-8) theo mẫu") @RequestPart("file") MultipartFile file,
            @Parameter(description = "file: khi có lỗi, trả về chính tệp kèm cột Lỗi thay cho JSON")
            @RequestParam(required = false) String errors,
            Authentication caller, HttpServletRequest request) throws IOException {
        if (errors != null && !"file".equals(errors) && !"json".equals(errors)) {
            throw new ValidationException("errors", "reason.invalidValue", "file, json");
        }
        Locale locale = Messages.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
        ProgrammeImport.Outcome outcome = imports.importFile(file.getOriginalFilename(), file.getBytes(), locale,
                caller.getName());
        if (outcome instanceof ProgrammeImport.Refused refused) {
            if ("file".equals(errors)) {
                return file(HttpStatus.BAD_REQUEST, refused.report(), refused.format(), "loi-nhap-nhiem-vu");
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("field", "file");
            body.put("message", Messages.get(locale, "reason.import.refused", refused.errors().stream()
                    .map(ImportError::row).distinct().count()));
            body.put("errors", refused.errors());
            return ResponseEntity.badRequest().body(body);
        }
        ProgrammeImport.Imported done = (ProgrammeImport.Imported) outcome;
        DirectiveImport r = done.record();
        ImportView view = r == null
                ? new ImportView(null, null, null, done.existing().size(), 0, done.existing().size(), null, null,
                        List.of(), done.existing(), done.earlierImports())
                : new ImportView(r.id(), r.fileName(), r.format().name(), r.rows(), r.created(), r.existing(),
                        r.importedBy(), r.importedAt(), done.created(), done.existing(), done.earlierImports());
        return ResponseEntity.status(r == null ? HttpStatus.OK : HttpStatus.CREATED).body(view);
    }

    @GetMapping
    @Operation(summary = "Các lần nhập, mới nhất trước (ai, lúc nào, tệp nào, bao nhiêu dòng)")
    public List<ImportView> list(@RequestParam(defaultValue = "50") int limit, Authentication caller) {
        readsAll(caller);
        if (limit < 1 || limit > 500) {
            throw new ValidationException("limit", "reason.range", 1, 500);
        }
        return repository.latestImports(limit).stream().map(i -> view(i, null)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một lần nhập với các nhiệm vụ đã đăng ký")
    public ImportView get(@PathVariable String id, Authentication caller) {
        readsAll(caller);
        DirectiveImport i = repository.findImport(id).orElseThrow(() -> new NotFoundException("notFound.import", id));
        return view(i, repository.directivesOfImport(id));
    }

    private static ImportView view(DirectiveImport i, List<String> directives) {
        return new ImportView(i.id(), i.fileName(), i.format().name(), i.rows(), i.created(), i.existing(),
                i.importedBy(), i.importedAt(), directives, null, null);
    }

    private void readsAll(Authentication caller) {
        if (!access.readsAll(caller)) {
            throw new org.springframework.security.access.AccessDeniedException("imports");
        }
    }

    private static ResponseEntity<byte[]> file(HttpStatus status, byte[] content, ImportFormat format, String name) {
        return ResponseEntity.status(status).contentType(MediaType.parseMediaType(format.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + "." + format.extension(), StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
