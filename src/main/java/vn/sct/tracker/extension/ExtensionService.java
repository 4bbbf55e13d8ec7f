package vn.sct.tracker.extension;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sct.tracker.calendar.WorkingCalendar;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.NotFoundException;
import vn.sct.tracker.common.ValidationException;
import vn.sct.tracker.deadline.DeadlineRepository;
import vn.sct.tracker.deadline.DeadlineWatch;
import vn.sct.tracker.directive.Directive;
import vn.sct.tracker.directive.DirectiveAction;
import vn.sct.tracker.directive.DirectiveRepository;
import vn.sct.tracker.directive.DirectiveService;
import vn.sct.tracker.organisation.OrganisationService;

/**
 * The rules of extension requests (seed 002): only the lead division asks, only for an open directive,
 * one pending request at a time, and every new deadline is a working day after the current one. A
 * granted request moves the directive's deadline and restarts its deadline watch; a refused one leaves
 * the deadline untouched. Every step is written to the directive's trail.
 */
@Service
@Transactional
public class ExtensionService {

    private static final java.time.format.DateTimeFormatter VN_DATE = DirectiveService.VN_DATE;

    private final ExtensionRepository requests;
    private final DirectiveService directives;
    private final DirectiveRepository records;
    private final DeadlineWatch watch;
    private final DeadlineRepository deadlines;
    private final WorkingCalendar calendar;
    private final OrganisationService organisation;

    public ExtensionService(ExtensionRepository requests, DirectiveService directives, DirectiveRepository records,
                            DeadlineWatch watch, DeadlineRepository deadlines, WorkingCalendar calendar,
                            OrganisationService organisation) {
        this.requests = requests;
        this.directives = directives;
        this.records = records;
        this.watch = watch;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.organisation = organisation;
    }

    @Transactional(readOnly = true)
    public ExtensionRequest get(String id) {
        return requests.find(id).orElseThrow(() -> new NotFoundException("Không có đề nghị gia hạn " + id));
    }

    /** The lead division asks: validated, recorded as PENDING. */
    public ExtensionRequest request(String directiveId, String actor, String reason, LocalDate proposed,
                                    String attachment, String processInstanceId) {
        if (directiveId == null || directiveId.isBlank()) {
            throw new ValidationException(DirectiveExtension.FIELD_DIRECTIVE_ID, "Nhiệm vụ", "bắt buộc phải chọn");
        }
        Directive d = directives.find(directiveId.trim()).orElseThrow(() -> new ValidationException(
                DirectiveExtension.FIELD_DIRECTIVE_ID, "Nhiệm vụ", "không có nhiệm vụ " + directiveId.trim()
                        + choices(actor)));
        if (!d.status().isOpen()) {
            throw new ValidationException(DirectiveExtension.FIELD_DIRECTIVE_ID, "Nhiệm vụ",
                    d.id() + " đã kết thúc; chỉ gia hạn nhiệm vụ đang thực hiện" + choices(actor));
        }
        if (d.leadDivision() == null) {
            throw new ValidationException(DirectiveExtension.FIELD_DIRECTIVE_ID, "Nhiệm vụ",
                    d.id() + " chưa được giao phòng chủ trì");
        }
        if (actor == null || !leads(actor, d.leadDivision())) {
            throw new ValidationException(DirectiveExtension.FIELD_DIRECTIVE_ID, "Nhiệm vụ",
                    "chỉ " + organisation.divisionName(d.leadDivision()) + " (phòng chủ trì) được đề nghị gia hạn "
                            + d.id() + choices(actor));
        }
        requests.pending(d.id()).ifPresent(p -> {
            throw new ValidationException(DirectiveExtension.FIELD_DIRECTIVE_ID, "Nhiệm vụ",
                    d.id() + " đang có đề nghị gia hạn " + p.id() + " chờ xử lý");
        });
        String why = text(reason);
        if (why == null) {
            throw new ValidationException(DirectiveExtension.FIELD_REASON, "Lý do khách quan", "bắt buộc phải nêu");
        }
        if (why.length() > 4000) {
            throw new ValidationException(DirectiveExtension.FIELD_REASON, "Lý do khách quan", "tối đa 4000 ký tự");
        }
        String ref = text(attachment);
        if (ref != null && ref.length() > 500) {
            throw new ValidationException(DirectiveExtension.FIELD_ATTACHMENT, "Văn bản kèm theo", "tối đa 500 ký tự");
        }
        newDeadline(DirectiveExtension.FIELD_PROPOSED_DEADLINE, "Thời hạn đề nghị", proposed, d.deadline());
        ExtensionRequest r = new ExtensionRequest(requests.nextId(), d.id(), d.leadDivision(), actor, AppClock.now(),
                why, ref, d.deadline(), proposed, null, null, null, null, null, null, null, null,
                ExtensionStatus.PENDING, null, processInstanceId);
        requests.insert(r);
        records.appendEvent(d.id(), actor, DirectiveAction.EXTENSION_REQUESTED, null, null, null,
                "%s: đề nghị gia hạn từ %s đến %s. Lý do: %s%s".formatted(r.id(), VN_DATE.format(d.deadline()),
                        VN_DATE.format(proposed), why, ref == null ? "" : " (kèm " + ref + ")"));
        return r;
    }

    /** The Office's opinion for the Director. */
    public void officeReview(String id, String actor, String opinion, String supports) {
        ExtensionRequest r = pending(id);
        String text = text(opinion);
        if (text == null) {
            throw new ValidationException(DirectiveExtension.FIELD_OFFICE_OPINION, "Ý kiến của Văn phòng",
                    "bắt buộc phải nhập");
        }
        if (!"SUPPORT".equals(supports) && !"NOT_SUPPORT".equals(supports)) {
            throw new ValidationException(DirectiveExtension.FIELD_OFFICE_SUPPORTS, "Đề xuất của Văn phòng",
                    "chọn đồng ý hoặc không đồng ý gia hạn");
        }
        requests.officeReviewed(id, text, "SUPPORT".equals(supports));
        records.appendEvent(r.directiveId(), actor, DirectiveAction.EXTENSION_REVIEWED, null, null, null,
                "%s: %s gia hạn. %s".formatted(id, "SUPPORT".equals(supports) ? "Đề xuất đồng ý" : "Đề xuất không đồng ý",
                        text));
    }

    /** The Director approves (the proposed date or another) or rejects; returns the approved date, or null. */
    public LocalDate directorDecision(String id, String actor, String decision, LocalDate otherDate, String comment) {
        ExtensionRequest r = pending(id);
        Directive d = directives.get(r.directiveId());
        String note = text(comment);
        LocalDate approved;
        switch (decision == null ? "" : decision) {
            case DirectiveExtension.DECISION_APPROVE -> approved = r.proposedDeadline();
            case DirectiveExtension.DECISION_APPROVE_OTHER_DATE -> approved = newDeadline(
                    DirectiveExtension.FIELD_OTHER_DEADLINE, "Thời hạn Giám đốc đồng ý", otherDate, d.deadline());
            case DirectiveExtension.DECISION_REJECT -> {
                if (note == null) {
                    throw new ValidationException(DirectiveExtension.FIELD_COMMENT, "Ý kiến của Giám đốc",
                            "bắt buộc nêu lý do khi không đồng ý gia hạn");
                }
                approved = null;
            }
            default -> throw new ValidationException(DirectiveExtension.FIELD_DECISION, "Quyết định",
                    "chọn đồng ý, đồng ý với thời hạn khác hoặc không đồng ý");
        }
        requests.directorDecided(id, decision, note, approved);
        records.appendEvent(r.directiveId(), actor, DirectiveAction.EXTENSION_DECIDED, null, null, null,
                "%s: %s%s".formatted(id, approved == null ? "Không đồng ý gia hạn"
                                : "Đồng ý gia hạn đến " + VN_DATE.format(approved),
                        note == null ? "" : ". " + note));
        return approved;
    }

    /** For directives of the province: the Office records the province's answer; returns the granted date or null. */
    public LocalDate provinceAnswer(String id, String actor, String answer, LocalDate grantedDate, String doc,
                                    String note) {
        ExtensionRequest r = pending(id);
        Directive d = directives.get(r.directiveId());
        String document = text(doc);
        if (document == null) {
            throw new ValidationException(DirectiveExtension.FIELD_PROVINCE_DOC, "Văn bản trả lời của UBND tỉnh",
                    "bắt buộc nhập số, ngày văn bản");
        }
        LocalDate granted;
        if (DirectiveExtension.ANSWER_GRANTED.equals(answer)) {
            granted = newDeadline(DirectiveExtension.FIELD_GRANTED_DEADLINE, "Thời hạn UBND tỉnh cho phép",
                    grantedDate, d.deadline());
        } else if (DirectiveExtension.ANSWER_REFUSED.equals(answer)) {
            granted = null;
        } else {
            throw new ValidationException(DirectiveExtension.FIELD_PROVINCE_ANSWER, "Ý kiến của UBND tỉnh",
                    "chọn đồng ý hoặc không đồng ý gia hạn");
        }
        requests.provinceAnswered(id, granted != null, document, granted);
        String extra = text(note);
        records.appendEvent(r.directiveId(), actor, DirectiveAction.EXTENSION_PROVINCE_ANSWERED, null, null, null,
                "%s: UBND tỉnh %s (văn bản %s)%s".formatted(id, granted == null ? "không đồng ý gia hạn"
                                : "đồng ý gia hạn đến " + VN_DATE.format(granted), document,
                        extra == null ? "" : ". " + extra));
        return granted;
    }

    /** Final approval: the deadline moves and the lifecycle's deadline watch starts again from it. */
    public void grant(String id, LocalDate newDeadline) {
        ExtensionRequest r = pending(id);
        Directive d = directives.get(r.directiveId());
        if (!d.status().isOpen()) {
            requests.close(id, ExtensionStatus.CANCELLED, null);
            return;
        }
        directives.extendDeadline(d.id(), null, newDeadline, "%s, %s".formatted(id, r.reason()));
        deadlines.extended(d.id(), d.deadline());
        requests.close(id, ExtensionStatus.GRANTED, newDeadline);
        watch.restartWatch(d.id(), d.processInstanceId());
    }

    /** Not granted: the deadline stays; the request stays in history. */
    public void refuse(String id, boolean byProvince) {
        ExtensionRequest r = pending(id);
        ExtensionStatus status = byProvince ? ExtensionStatus.PROVINCE_REFUSED : ExtensionStatus.REJECTED;
        requests.close(id, status, null);
        records.appendEvent(r.directiveId(), null, DirectiveAction.EXTENSION_REFUSED, null, null, null,
                "%s: %s; thời hạn giữ nguyên %s".formatted(id, status.label(), VN_DATE.format(r.currentDeadline())));
    }

    private boolean leads(String user, String division) {
        return organisation.isMember(user, organisation.divisionGroup(division))
                || organisation.isMember(user, organisation.headGroup(division));
    }

    /**
     * The directives this person may ask to extend, to name in the refusal: Tasklist gives a start form
     * no server data, so the form cannot offer them as a list.
     */
    private String choices(String actor) {
        if (actor == null) {
            return "";
        }
        List<String> ids = organisation.divisions().stream().filter(div -> leads(actor, div.code()))
                .flatMap(div -> records.find(null, div.code(), 200).stream())
                .filter(x -> x.status().isOpen()).map(Directive::id).sorted().toList();
        return ids.isEmpty() ? "; phòng của bạn không chủ trì nhiệm vụ nào đang thực hiện"
                : "; nhiệm vụ phòng của bạn đang chủ trì: " + String.join(", ", ids);
    }

    private ExtensionRequest pending(String id) {
        ExtensionRequest r = get(id);
        if (r.status() != ExtensionStatus.PENDING) {
            throw new ValidationException(DirectiveExtension.VAR_EXTENSION_ID, "Đề nghị gia hạn " + id,
                    "đã được xử lý (" + r.status().label() + ")");
        }
        return r;
    }

    /** A new deadline must be a working day after the current deadline. */
    private LocalDate newDeadline(String field, String label, LocalDate value, LocalDate current) {
        if (value == null) {
            throw new ValidationException(field, label, "bắt buộc phải nhập");
        }
        if (!value.isAfter(current)) {
            throw new ValidationException(field, label, "phải sau thời hạn hiện tại " + VN_DATE.format(current));
        }
        if (!calendar.isWorkingDay(value)) {
            throw new ValidationException(field, label, VN_DATE.format(value) + " là ngày nghỉ; chọn một ngày làm việc");
        }
        return value;
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
