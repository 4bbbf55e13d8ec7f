package vn.sct.tracker.directive;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.NotFoundException;
import vn.sct.tracker.common.ValidationException;
import vn.sct.tracker.organisation.OrganisationService;

/**
 * The rules of a directive's life and its record. Every change validates first, then updates the record
 * and appends one event; called from engine steps, it shares the step's transaction, so the engine and
 * the record never disagree.
 */
@Service
@Transactional
public class DirectiveService {

    public static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DirectiveRepository repository;
    private final OrganisationService organisation;

    public DirectiveService(DirectiveRepository repository, OrganisationService organisation) {
        this.repository = repository;
        this.organisation = organisation;
    }

    @Transactional(readOnly = true)
    public Directive get(String id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("Không có nhiệm vụ " + id));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Directive> find(String id) {
        return repository.findById(id);
    }

    @Transactional(readOnly = true)
    public List<DirectiveEvent> events(String id) {
        return repository.events(id);
    }

    /** The Office registers a directive; the record is created with status REGISTERED. */
    public Directive register(RegisterDirective in, String actor, String processInstanceId) {
        SourceType type = SourceType.parse(in.sourceType()).orElseThrow(() -> new ValidationException(
                "sourceType", "Nguồn giao", "phải chọn một trong các nguồn giao của danh sách"));
        String number = required("sourceDocNumber", "Số, ký hiệu văn bản giao", in.sourceDocNumber(), 100);
        LocalDate docDate = requiredDate("sourceDocDate", "Ngày văn bản", in.sourceDocDate());
        if (docDate.isAfter(AppClock.today())) {
            throw new ValidationException("sourceDocDate", "Ngày văn bản", "không được sau ngày hôm nay");
        }
        String issuer = required("sourceIssuer", "Cơ quan ban hành", in.sourceIssuer(), 255);
        String summary = required("sourceSummary", "Trích yếu", in.sourceSummary(), 2000);
        String content = optional("content", "Nội dung nhiệm vụ", in.content(), 8000);
        LocalDate deadline = deadline(in.deadline(), docDate);

        var now = AppClock.now();
        Directive d = new Directive(repository.nextId(), type, number, docDate, issuer, summary, content, null,
                List.of(), null, null, deadline, DirectiveStatus.REGISTERED, null, null, null, null, null, null,
                null, null, null, processInstanceId, actor, now, now, 0);
        repository.insert(d);
        repository.appendEvent(d.id(), actor, DirectiveAction.REGISTERED, null, null, DirectiveStatus.REGISTERED,
                "Văn bản số %s ngày %s của %s; thời hạn %s".formatted(number, VN_DATE.format(docDate), issuer,
                        VN_DATE.format(deadline)));
        return d;
    }

    /**
     * The Director assigns the lead division, the coordinating divisions, the deputy in charge and
     * confirms the deadline. An empty deputy means the deputy in charge of the lead division.
     */
    public Directive assign(String id, String actor, String step, String lead, List<String> coordinating,
                            String deputy, LocalDate deadline, String note) {
        Directive d = open(id);
        if (lead == null || lead.isBlank()) {
            throw new ValidationException("leadDivision", "Phòng chủ trì", "bắt buộc phải chọn");
        }
        if (organisation.division(lead).isEmpty()) {
            throw new ValidationException("leadDivision", "Phòng chủ trì", "không có phòng, đơn vị mã " + lead);
        }
        Set<String> coordinatingSet = new LinkedHashSet<>();
        for (String code : coordinating == null ? List.<String>of() : coordinating) {
            if (organisation.division(code).isEmpty()) {
                throw new ValidationException("coordinatingDivisions", "Phòng phối hợp",
                        "không có phòng, đơn vị mã " + code);
            }
            if (code.equals(lead)) {
                throw new ValidationException("coordinatingDivisions", "Phòng phối hợp",
                        "phòng chủ trì không đồng thời là phòng phối hợp");
            }
            coordinatingSet.add(code);
        }
        String deputyInCharge = deputy == null || deputy.isBlank()
                ? organisation.deputyInChargeOf(lead).orElseThrow(() -> new ValidationException("deputyInCharge",
                        "Phó Giám đốc phụ trách", "chưa có Phó Giám đốc phụ trách "
                                + organisation.divisionName(lead) + " trong dữ liệu tổ chức; hãy chọn"))
                : deputy;
        if (!organisation.isDeputy(deputyInCharge)) {
            throw new ValidationException("deputyInCharge", "Phó Giám đốc phụ trách",
                    deputyInCharge + " không phải là Phó Giám đốc Sở");
        }
        LocalDate newDeadline = deadline(deadline, d.sourceDocDate());
        String trimmedNote = optional("assignNote", "Ý kiến giao việc", note, 2000);

        List<String> coordinatingList = new ArrayList<>(coordinatingSet);
        Directive changed = d.withAssignment(lead, coordinatingList, deputyInCharge, newDeadline)
                .withStatus(DirectiveStatus.ASSIGNED);
        Directive saved = repository.update(changed);
        StringBuilder comment = new StringBuilder("Chủ trì: ").append(organisation.divisionName(lead));
        if (!coordinatingList.isEmpty()) {
            comment.append("; phối hợp: ").append(coordinatingList.stream().map(organisation::divisionName)
                    .collect(Collectors.joining(", ")));
        }
        comment.append("; PGĐ phụ trách: ").append(organisation.displayName(deputyInCharge))
                .append("; thời hạn: ").append(VN_DATE.format(newDeadline));
        if (!d.deadline().equals(newDeadline)) {
            comment.append(" (thời hạn đăng ký: ").append(VN_DATE.format(d.deadline())).append(')');
        }
        if (trimmedNote != null) {
            comment.append(". Ý kiến: ").append(trimmedNote);
        }
        repository.appendEvent(id, actor, DirectiveAction.ASSIGNED, step, d.status(), saved.status(),
                comment.toString());
        return saved;
    }

    /** The lead division's head picks the specialist who drafts (chuyên viên thụ lý). */
    public Directive assignSpecialist(String id, String actor, String step, String specialist, String note) {
        Directive d = open(id);
        requireSpecialist(d, specialist);
        String trimmedNote = optional("note", "Ghi chú", note, 2000);
        Directive saved = repository.update(d.withAssignee(specialist).withStatus(DirectiveStatus.IN_PROGRESS));
        repository.appendEvent(id, actor, DirectiveAction.SPECIALIST_ASSIGNED, step, d.status(), saved.status(),
                join("Chuyên viên thụ lý: " + organisation.displayName(specialist), trimmedNote));
        return saved;
    }

    /** The draft moves to another specialist of the lead division (reassignment by the head). */
    public Directive reassign(String id, String actor, String step, String newSpecialist) {
        Directive d = open(id);
        if (Objects.equals(d.assignee(), newSpecialist)) {
            return d;
        }
        requireSpecialist(d, newSpecialist);
        Directive saved = repository.update(d.withAssignee(newSpecialist));
        repository.appendEvent(id, actor, DirectiveAction.REASSIGNED, step, d.status(), saved.status(),
                "Từ %s sang %s".formatted(organisation.displayName(d.assignee()),
                        organisation.displayName(newSpecialist)));
        return saved;
    }

    private void requireSpecialist(Directive d, String specialist) {
        if (specialist == null || specialist.isBlank()) {
            throw new ValidationException("specialist", "Chuyên viên thụ lý", "bắt buộc phải chọn");
        }
        if (!organisation.isMember(specialist, organisation.divisionGroup(d.leadDivision()))) {
            throw new ValidationException("specialist", "Chuyên viên thụ lý",
                    specialist + " không thuộc " + organisation.divisionName(d.leadDivision()));
        }
    }

    /** The specialist submits the draft (first time or after a return) for the head's review. */
    public Directive submitDraft(String id, String actor, String step, String summary, String reference,
                                 String note) {
        Directive d = open(id);
        String s = required("draftSummary", "Tóm tắt dự thảo", summary, 4000);
        String r = optional("draftReference", "Số hiệu hoặc đường dẫn tệp dự thảo", reference, 500);
        String n = optional("note", "Ghi chú", note, 2000);
        Directive saved = repository.update(d.withDraft(s, r).withStatus(DirectiveStatus.IN_REVIEW));
        repository.appendEvent(id, actor, DirectiveAction.DRAFT_SUBMITTED, step, d.status(), saved.status(),
                join(s, n));
        return saved;
    }

    /** A coordinating division gives its opinion (góp ý); the status does not change. */
    public void recordOpinion(String id, String actor, String step, String division, String opinion) {
        Directive d = open(id);
        String o = required("opinion", "Ý kiến tham gia", opinion, 4000);
        repository.appendEvent(id, actor, DirectiveAction.OPINION_GIVEN, step, d.status(), d.status(),
                organisation.divisionName(division) + ": " + o);
    }

    /**
     * A review (division head or deputy director): approve, or return to the specialist with a comment.
     * @return true when approved
     */
    public boolean review(String id, String actor, String step, String decision, String comment) {
        Directive d = open(id);
        boolean approve = switch (decision == null ? "" : decision) {
            case "APPROVE" -> true;
            case "RETURN" -> false;
            default -> throw new ValidationException("decision", "Quyết định", "phải chọn đồng ý hoặc trả lại");
        };
        String c = approve ? optional("comment", "Ý kiến", comment, 4000) : returnComment(comment);
        DirectiveStatus to = approve ? DirectiveStatus.IN_REVIEW : DirectiveStatus.IN_PROGRESS;
        Directive saved = repository.update(d.withStatus(to));
        repository.appendEvent(id, actor, approve ? DirectiveAction.APPROVED : DirectiveAction.RETURNED, step,
                d.status(), saved.status(), c);
        return approve;
    }

    /** The Director signs, or returns to the specialist or to the deputy director, with a comment. */
    public String directorDecision(String id, String actor, String step, String decision, String comment) {
        Directive d = open(id);
        DirectiveStatus to;
        DirectiveAction action;
        String c;
        switch (decision == null ? "" : decision) {
            case "SIGN" -> {
                to = DirectiveStatus.SIGNED;
                action = DirectiveAction.SIGNED;
                c = optional("comment", "Ý kiến", comment, 4000);
            }
            case "RETURN_TO_DRAFT" -> {
                to = DirectiveStatus.IN_PROGRESS;
                action = DirectiveAction.RETURNED;
                c = "Trả lại chuyên viên: " + returnComment(comment);
            }
            case "RETURN_TO_DEPUTY" -> {
                to = DirectiveStatus.IN_REVIEW;
                action = DirectiveAction.RETURNED;
                c = "Trả lại Phó Giám đốc: " + returnComment(comment);
            }
            default -> throw new ValidationException("decision", "Quyết định",
                    "phải chọn ký duyệt, trả lại chuyên viên hoặc trả lại Phó Giám đốc");
        }
        Directive saved = repository.update(d.withStatus(to));
        repository.appendEvent(id, actor, action, step, d.status(), saved.status(), c);
        return decision;
    }

    /**
     * The Office issues the result and closes the directive. A directive is never closed without its
     * result (seed 002): the result document's number and date, or a completion report.
     */
    public Directive close(String id, String actor, String step, String resultDocNumber, LocalDate resultDocDate,
                           String completionReport) {
        Directive d = open(id);
        String number = optional("resultDocNumber", "Số, ký hiệu văn bản kết quả", resultDocNumber, 100);
        String report = optional("completionReport", "Báo cáo kết quả hoàn thành", completionReport, 4000);
        if (number != null && resultDocDate == null) {
            throw new ValidationException("resultDocDate", "Ngày ban hành", "bắt buộc khi có số văn bản kết quả");
        }
        if (number == null && resultDocDate != null) {
            throw new ValidationException("resultDocNumber", "Số, ký hiệu văn bản kết quả",
                    "bắt buộc khi có ngày ban hành");
        }
        if (number == null && report == null) {
            throw new ValidationException("resultDocNumber", "Kết quả",
                    "không được kết thúc nhiệm vụ khi chưa có kết quả: nhập số và ngày văn bản kết quả,"
                            + " hoặc báo cáo kết quả hoàn thành");
        }
        if (resultDocDate != null && resultDocDate.isAfter(AppClock.today())) {
            throw new ValidationException("resultDocDate", "Ngày ban hành", "không được sau ngày hôm nay");
        }
        if (resultDocDate != null && resultDocDate.isBefore(d.sourceDocDate())) {
            throw new ValidationException("resultDocDate", "Ngày ban hành", "không được trước ngày văn bản giao");
        }
        Directive saved = repository.update(d.withResult(number, resultDocDate, report, AppClock.now()));
        String comment = number != null
                ? "Văn bản kết quả số %s ngày %s".formatted(number, VN_DATE.format(resultDocDate))
                : "Báo cáo hoàn thành";
        repository.appendEvent(id, actor, DirectiveAction.CLOSED, step, d.status(), saved.status(),
                join(comment, report));
        return saved;
    }

    /** A new step opened: the record says which one and who holds it (no event: the step is not an act). */
    /** A granted extension: the deadline moves; the trail keeps the old and new deadline and why. */
    public Directive extendDeadline(String id, String actor, LocalDate newDeadline, String reason) {
        Directive d = open(id);
        Directive saved = repository.update(d.withAssignment(d.leadDivision(), d.coordinatingDivisions(),
                d.deputyInCharge(), newDeadline));
        repository.appendEvent(id, actor, DirectiveAction.DEADLINE_EXTENDED, null, d.status(), saved.status(),
                "Thời hạn %s → %s. Lý do: %s".formatted(VN_DATE.format(d.deadline()), VN_DATE.format(newDeadline),
                        reason));
        return saved;
    }

    public Directive stepStarted(String id, String step, String stepName, String actor) {
        Directive d = get(id);
        return repository.update(d.withStep(d.status(), step, stepName, actor));
    }

    private Directive open(String id) {
        Directive d = get(id);
        if (!d.status().isOpen()) {
            throw new ValidationException("directiveId", "Nhiệm vụ " + id, "đã kết thúc, không thể thay đổi");
        }
        return d;
    }

    private static String returnComment(String comment) {
        String c = comment == null ? "" : comment.strip();
        if (c.isEmpty()) {
            throw new ValidationException("comment", "Ý kiến", "bắt buộc khi trả lại: hãy nói rõ cần sửa gì");
        }
        if (c.length() > 4000) {
            throw new ValidationException("comment", "Ý kiến", "không quá 4000 ký tự");
        }
        return c;
    }

    private static LocalDate deadline(LocalDate deadline, LocalDate sourceDocDate) {
        LocalDate value = requiredDate("deadline", "Thời hạn hoàn thành", deadline);
        if (value.isBefore(sourceDocDate)) {
            throw new ValidationException("deadline", "Thời hạn hoàn thành", "không được trước ngày văn bản giao ("
                    + VN_DATE.format(sourceDocDate) + ")");
        }
        return value;
    }

    private static String required(String field, String label, String value, int max) {
        String v = optional(field, label, value, max);
        if (v == null) {
            throw new ValidationException(field, label, "bắt buộc phải nhập");
        }
        return v;
    }

    private static String optional(String field, String label, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new ValidationException(field, label, "không quá " + max + " ký tự");
        }
        return v;
    }

    private static LocalDate requiredDate(String field, String label, LocalDate value) {
        if (value == null) {
            throw new ValidationException(field, label, "bắt buộc phải nhập (ngày/tháng/năm)");
        }
        return value;
    }

    private static String join(String first, String second) {
        return second == null ? first : first + ". " + second;
    }
}
