package vn.sct.tracker.process.extension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.sct.tracker.process.extension.DirectiveExtension.*;
import static vn.sct.tracker.support.LifecycleDriver.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import static vn.sct.tracker.support.EngineClock.*;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.ValidationException;
import vn.sct.tracker.deadline.CurrentStates;
import vn.sct.tracker.deadline.DeadlineRecord;
import vn.sct.tracker.deadline.DeadlineRepository;
import vn.sct.tracker.deadline.ReportState;
import vn.sct.tracker.directive.DirectiveAction;
import vn.sct.tracker.directive.DirectiveEvent;
import vn.sct.tracker.directive.DirectiveService;
import vn.sct.tracker.extension.ExtensionRepository;
import vn.sct.tracker.extension.ExtensionRequest;
import vn.sct.tracker.extension.ExtensionStatus;
import vn.sct.tracker.process.lifecycle.DirectiveLifecycle;
import vn.sct.tracker.support.LifecycleDriver;
import vn.sct.tracker.support.PostgresProcessTest;

/**
 * directive-extension end to end as the demo people: every path of its diagram, the rules, and what a
 * granted extension does to the running lifecycle (deadline, timers, overdue flag, chase task).
 */
class ExtensionProcessTest extends PostgresProcessTest {

    private static final Set<String> STARTED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @AfterAll
    static void everyFlowNodeWasVisited(@Autowired HistoryService history, @Autowired RepositoryService repository) {
        vn.sct.tracker.support.FlowNodeCoverage.assertEveryFlowNodeVisited(history, repository, PROCESS_KEY, STARTED);
        // ... and the lifecycle's own reaction to a granted extension
        Set<String> lifecycleNodes = new java.util.HashSet<>();
        history.createHistoricActivityInstanceQuery().list().forEach(a -> lifecycleNodes.add(a.getActivityId()));
        org.assertj.core.api.Assertions.assertThat(lifecycleNodes).as("the lifecycle's extension nodes")
                .containsAll(DirectiveLifecycle.EXTENSION_NODES);
    }

    @Autowired LifecycleDriver driver;
    @Autowired FormService forms;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired DirectiveService directives;
    @Autowired ExtensionRepository requests;
    @Autowired DeadlineRepository deadlines;
    @Autowired CurrentStates watch;

    // ------------------------------------------------------------------ paths of the diagram

    @Test
    void approvedByTheDirector_theDeadlineMoves_andTheTimersWithIt() {
        ProcessInstance lifecycle = directive("GIAM_DOC_SO", "2026-11-20");
        // Department rule: remind 2 working days before; overdue from the end of the deadline day.
        assertThat(due(management, lifecycle, DirectiveLifecycle.EVENT_REMINDER_DUE)).isEqualTo(vn("2026-11-18T07:30"));

        ProcessInstance ext = ask(SPECIALIST, lifecycle, "2026-12-04", "Chờ số liệu của Cục Thống kê");
        ExtensionRequest pending = requests.find(ext.getBusinessKey()).orElseThrow();
        assertThat(pending.status()).isEqualTo(ExtensionStatus.PENDING);
        assertThat(pending.currentDeadline()).isEqualTo(LocalDate.parse("2026-11-20"));
        assertThat(pending.requestedBy()).isEqualTo(SPECIALIST);
        assertThat(ext).isWaitingAtExactly(TASK_OFFICE_REVIEW);
        assertThat(driver.as(SPECIALIST, () -> tasks.createTaskQuery().processInstanceId(ext.getId()).count()))
                .as("the Office's review is not the division's task").isZero();

        office(ext, "SUPPORT", "Lý do khách quan, đề nghị đồng ý");
        director(ext, DECISION_APPROVE, null, null);
        assertThat(ext).isEnded().hasPassed(GATEWAY_FROM_PROVINCE, TASK_APPLY, END_EXTENDED)
                .hasNotPassed(TASK_PROVINCE_ANSWER);

        assertThat(directives.get(lifecycle.getBusinessKey()).deadline()).isEqualTo(LocalDate.parse("2026-12-04"));
        ExtensionRequest granted = requests.find(ext.getBusinessKey()).orElseThrow();
        assertThat(granted.status()).isEqualTo(ExtensionStatus.GRANTED);
        assertThat(granted.grantedDeadline()).isEqualTo(LocalDate.parse("2026-12-04"));
        DeadlineRecord record = deadlines.find(lifecycle.getBusinessKey()).orElseThrow();
        assertThat(record.extensionCount()).isEqualTo(1);
        assertThat(record.originalDeadline()).isEqualTo(LocalDate.parse("2026-11-20"));
        assertThat(lastEvent(lifecycle, DirectiveAction.DEADLINE_EXTENDED).comment())
                .isEqualTo("Thời hạn 20/11/2026 → 04/12/2026. Lý do: %s, Chờ số liệu của Cục Thống kê"
                        .formatted(ext.getBusinessKey()));
        assertThat(actions(lifecycle)).containsSubsequence(DirectiveAction.EXTENSION_REQUESTED,
                DirectiveAction.EXTENSION_REVIEWED, DirectiveAction.EXTENSION_DECIDED,
                DirectiveAction.DEADLINE_EXTENDED, DirectiveAction.DEADLINE_SCHEDULED);
        // The watch starts again from the new deadline: one reminder timer, at its new moment.
        assertThat(due(management, lifecycle, DirectiveLifecycle.EVENT_REMINDER_DUE)).isEqualTo(vn("2026-12-02T07:30"));
        assertThat(timers(lifecycle)).containsOnlyKeys(DirectiveLifecycle.EVENT_REMINDER_DUE);
        // The open task shows the new deadline in Tasklist.
        org.camunda.bpm.engine.task.Task draft = tasks.createTaskQuery().processInstanceId(lifecycle.getId())
                .taskDefinitionKey(DirectiveLifecycle.TASK_DRAFT).singleResult();
        assertThat(draft.getDueDate().toInstant()).isEqualTo(vn("2026-12-04T23:59"));
        assertThat(draft.getFollowUpDate().toInstant()).isEqualTo(vn("2026-12-02T07:30"));
        assertThat(draft.getDescription()).endsWith("Hạn 04/12/2026");
        // The old moments pass without a stale reminder or overdue flag.
        clock("2026-11-21T00:00");
        runDueJobs(management, lifecycle);
        assertThat(actions(lifecycle)).doesNotContain(DirectiveAction.REMINDED, DirectiveAction.OVERDUE);
        clock("2026-12-02T07:30");
        runDueJobs(management, lifecycle);
        clock("2026-12-05T00:00");
        runDueJobs(management, lifecycle);
        assertThat(actions(lifecycle)).containsSubsequence(DirectiveAction.REMINDED, DirectiveAction.OVERDUE);
        assertThat(deadlines.find(lifecycle.getBusinessKey()).orElseThrow().overdueSince())
                .isEqualTo(vn("2026-12-05T00:00"));
    }

    @Test
    void rejectedByTheDirector_theDeadlineStays_theRequestStaysInHistory() {
        ProcessInstance lifecycle = directive("GIAM_DOC_SO", "2026-11-20");
        Instant reminder = due(management, lifecycle, DirectiveLifecycle.EVENT_REMINDER_DUE);
        ProcessInstance ext = ask(HEAD, lifecycle, "2026-12-04", "Thiếu nhân lực");
        office(ext, "NOT_SUPPORT", "Không có lý do khách quan");
        refused(() -> director(ext, DECISION_REJECT, null, null))
                .hasMessage("Ý kiến của Giám đốc: bắt buộc nêu lý do khi không đồng ý gia hạn");
        director(ext, DECISION_REJECT, null, "Yêu cầu hoàn thành đúng hạn");
        assertThat(ext).isEnded().hasPassed(TASK_RECORD_REFUSAL, END_NOT_EXTENDED).hasNotPassed(TASK_APPLY);
        assertThat(requests.find(ext.getBusinessKey()).orElseThrow().status()).isEqualTo(ExtensionStatus.REJECTED);
        assertThat(directives.get(lifecycle.getBusinessKey()).deadline()).isEqualTo(LocalDate.parse("2026-11-20"));
        assertThat(deadlines.find(lifecycle.getBusinessKey()).orElseThrow().extensionCount()).isZero();
        assertThat(due(management, lifecycle, DirectiveLifecycle.EVENT_REMINDER_DUE)).isEqualTo(reminder);
        assertThat(lastEvent(lifecycle, DirectiveAction.EXTENSION_REFUSED).comment())
                .isEqualTo(ext.getBusinessKey() + ": Giám đốc không đồng ý gia hạn; thời hạn giữ nguyên 20/11/2026");
        assertThat(requests.ofDirective(lifecycle.getBusinessKey())).hasSize(1);
    }

    @Test
    void approvedWithAnotherDate_mustBeAWorkingDayAfterTheCurrentDeadline() {
        ProcessInstance lifecycle = directive("GIAM_DOC_SO", "2026-11-20");
        ProcessInstance ext = ask(SPECIALIST, lifecycle, "2026-12-04", "Chờ ý kiến Bộ Công Thương");
        office(ext, "SUPPORT", "Đồng ý");
        refused(() -> director(ext, DECISION_APPROVE_OTHER_DATE, "2026-11-28", null))
                .hasMessage("Thời hạn Giám đốc đồng ý: 28/11/2026 là ngày nghỉ; chọn một ngày làm việc");
        refused(() -> director(ext, DECISION_APPROVE_OTHER_DATE, "2026-11-19", null))
                .hasMessage("Thời hạn Giám đốc đồng ý: phải sau thời hạn hiện tại 20/11/2026");
        director(ext, DECISION_APPROVE_OTHER_DATE, "2026-11-27", "Gia hạn 1 tuần");
        assertThat(directives.get(lifecycle.getBusinessKey()).deadline()).isEqualTo(LocalDate.parse("2026-11-27"));
        assertThat(runtimeDate(lifecycle, DirectiveLifecycle.VAR_OVERDUE_AT)).isEqualTo(vn("2026-11-28T00:00"));
    }

    @Test
    void provinceDirective_grantedByTheProvince_takesTheProvincesDate() {
        ProcessInstance lifecycle = directive("UBND_TINH", "2026-11-20");
        ProcessInstance ext = ask(SPECIALIST, lifecycle, "2026-12-04", "Chờ ý kiến các huyện");
        office(ext, "SUPPORT", "Trình Giám đốc báo cáo UBND tỉnh");
        director(ext, DECISION_APPROVE, null, null);
        assertThat(ext).isWaitingAtExactly(TASK_PROVINCE_ANSWER);
        assertThat(directives.get(lifecycle.getBusinessKey()).deadline()).as("nothing changes before the province answers")
                .isEqualTo(LocalDate.parse("2026-11-20"));
        province(ext, ANSWER_GRANTED, "2026-11-30", "1234/UBND-KT ngày 25/11/2026");
        assertThat(ext).isEnded().hasPassed(GATEWAY_PROVINCE_GRANTED, GATEWAY_MERGE_GRANTED, TASK_APPLY);
        assertThat(directives.get(lifecycle.getBusinessKey()).deadline()).isEqualTo(LocalDate.parse("2026-11-30"));
        ExtensionRequest r = requests.find(ext.getBusinessKey()).orElseThrow();
        assertThat(r.provinceGranted()).isTrue();
        assertThat(r.provinceDoc()).isEqualTo("1234/UBND-KT ngày 25/11/2026");
    }

    @Test
    void provinceDirective_refusedByTheProvince_theDeadlineStays() {
        ProcessInstance lifecycle = directive("LANH_DAO_UBND_TINH", "2026-11-20");
        ProcessInstance ext = ask(SPECIALIST, lifecycle, "2026-12-04", "Chờ ý kiến các huyện");
        office(ext, "SUPPORT", "Trình");
        director(ext, DECISION_APPROVE, null, null);
        province(ext, ANSWER_REFUSED, null, "99/UBND-VP ngày 24/11/2026");
        assertThat(ext).isEnded().hasPassed(GATEWAY_MERGE_REFUSED, TASK_RECORD_REFUSAL).hasNotPassed(TASK_APPLY);
        assertThat(requests.find(ext.getBusinessKey()).orElseThrow().status())
                .isEqualTo(ExtensionStatus.PROVINCE_REFUSED);
        assertThat(directives.get(lifecycle.getBusinessKey()).deadline()).isEqualTo(LocalDate.parse("2026-11-20"));
    }

    @Test
    void requestWhileOverdue_clearsTheFlag_removesTheChase_andWatchesTheNewDeadline() {
        ProcessInstance lifecycle = directive("GIAM_DOC_SO", "2026-11-20");
        clock("2026-11-21T00:00");
        runDueJobs(management, lifecycle);
        assertThat(deadlines.find(lifecycle.getBusinessKey()).orElseThrow().overdueSince()).isNotNull();
        assertThat(openTasks(lifecycle, DirectiveLifecycle.TASK_CHASE)).isEqualTo(1);

        clock("2026-11-23T09:00");
        ProcessInstance ext = ask(HEAD, lifecycle, "2026-12-04", "Chờ số liệu");
        office(ext, "SUPPORT", "Đồng ý");
        director(ext, DECISION_APPROVE, null, null);

        DeadlineRecord r = deadlines.find(lifecycle.getBusinessKey()).orElseThrow();
        assertThat(r.overdueSince()).as("the new deadline is ahead: no longer overdue").isNull();
        assertThat(r.chaseCount()).as("the chase already made stays counted").isEqualTo(1);
        assertThat(openTasks(lifecycle, DirectiveLifecycle.TASK_CHASE)).isZero();
        assertThat(timers(lifecycle)).containsOnlyKeys(DirectiveLifecycle.EVENT_REMINDER_DUE);
        assertThat(watch.of(directives.get(lifecycle.getBusinessKey())).reportState())
                .isEqualTo(ReportState.OPEN_WITHIN_DEADLINE);
        assertThat(lifecycle).isWaitingAt(DirectiveLifecycle.TASK_DRAFT, DirectiveLifecycle.EVENT_REMINDER_DUE);

        clock("2026-12-05T00:00");
        runDueJobs(management, lifecycle);
        assertThat(actions(lifecycle).stream().filter(a -> a == DirectiveAction.OVERDUE).count())
                .as("one overdue flag per deadline").isEqualTo(2);
        assertThat(deadlines.find(lifecycle.getBusinessKey()).orElseThrow().overdueSince())
                .isEqualTo(vn("2026-12-05T00:00"));
    }

    // ------------------------------------------------------------------ rules

    @Test
    void rules_refuseWithTheFieldAndLeaveNothingBehind() {
        ProcessInstance lifecycle = directive("GIAM_DOC_SO", "2026-11-20");
        String id = lifecycle.getBusinessKey();
        long before = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();

        refused(() -> ask("qltm.cv1", lifecycle, "2026-12-04", "x"))
                .hasMessageStartingWith("Nhiệm vụ: chỉ Phòng Quản lý Công nghiệp (phòng chủ trì) được đề nghị gia hạn "
                        + id + "; ")
                .satisfies(e -> assertThat(((ValidationException) e).field()).isEqualTo(FIELD_DIRECTIVE_ID));
        refused(() -> ask(SPECIALIST, lifecycle, "2026-11-28", "x"))
                .hasMessage("Thời hạn đề nghị: 28/11/2026 là ngày nghỉ; chọn một ngày làm việc");
        refused(() -> ask(SPECIALIST, lifecycle, "2026-11-20", "x"))
                .hasMessage("Thời hạn đề nghị: phải sau thời hạn hiện tại 20/11/2026");
        refused(() -> ask(SPECIALIST, lifecycle, "2026-12-04", " "))
                .hasMessage("Lý do khách quan: bắt buộc phải nêu");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count()).isEqualTo(before);
        assertThat(requests.ofDirective(id)).isEmpty();

        ProcessInstance first = ask(SPECIALIST, lifecycle, "2026-12-04", "Chờ số liệu");
        refused(() -> ask(HEAD, lifecycle, "2026-12-11", "Chờ số liệu"))
                .hasMessage("Nhiệm vụ: %s đang có đề nghị gia hạn %s chờ xử lý".formatted(id, first.getBusinessKey()));
        assertThat(requests.ofDirective(id)).hasSize(1);
    }

    @Test
    void aClosedDirectiveCannotBeExtended() {
        ProcessInstance lifecycle = directive("GIAM_DOC_SO", "2026-11-20");
        driver.draft(lifecycle, DirectiveLifecycle.TASK_DRAFT, SPECIALIST, "Dự thảo");
        driver.decide(HEAD, lifecycle, DirectiveLifecycle.TASK_REVIEW_BY_HEAD, DirectiveLifecycle.DECISION_APPROVE, null);
        driver.decide(DEPUTY, lifecycle, DirectiveLifecycle.TASK_REVIEW_BY_DEPUTY, DirectiveLifecycle.DECISION_APPROVE, null);
        driver.decide(DIRECTOR, lifecycle, DirectiveLifecycle.TASK_SIGN_BY_DIRECTOR, DirectiveLifecycle.DECISION_SIGN, null);
        driver.close(lifecycle, "12/BC-SCT", AppClock.today(), null);
        refused(() -> ask(SPECIALIST, lifecycle, "2026-12-04", "x"))
                .hasMessageStartingWith("Nhiệm vụ: %s đã kết thúc; chỉ gia hạn nhiệm vụ đang thực hiện; "
                        .formatted(lifecycle.getBusinessKey()))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(lifecycle.getBusinessKey() + ","));
        ProcessInstance open = directive("GIAM_DOC_SO", "2026-11-20");
        refused(() -> ask(SPECIALIST, lifecycle, "2026-12-04", "x"))
                .as("the refusal names the open directives the division leads")
                .hasMessageContaining(open.getBusinessKey());
    }

    // ------------------------------------------------------------------ helpers

    /** A directive assigned to QLCN and its specialist, registered on Monday 2/11/2026. */
    private ProcessInstance directive(String sourceType, String deadline) {
        clock("2026-11-02T09:00");
        Map<String, Object> form = driver.registration(LocalDate.parse(deadline));
        form.put("sourceType", sourceType);
        ProcessInstance pi = driver.register(form);
        driver.assign(pi, "QLCN", List.of(), null);
        driver.assignSpecialist(pi, HEAD, SPECIALIST);
        return pi;
    }

    private ProcessInstance ask(String user, ProcessInstance lifecycle, String proposed, String reason) {
        String definition = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).latestVersion()
                .singleResult().getId();
        Map<String, Object> v = new HashMap<>();
        v.put(FIELD_DIRECTIVE_ID, lifecycle.getBusinessKey());
        v.put(FIELD_PROPOSED_DEADLINE, proposed);
        v.put(FIELD_REASON, reason);
        v.put(FIELD_ATTACHMENT, "CV-123/QLCN");
        ProcessInstance pi = driver.as(user, () -> forms.submitStartForm(definition, v));
        STARTED.add(pi.getId());
        return pi;
    }

    private void office(ProcessInstance ext, String supports, String opinion) {
        driver.submit(OFFICE, ext, TASK_OFFICE_REVIEW, Map.of(FIELD_OFFICE_SUPPORTS, supports,
                FIELD_OFFICE_OPINION, opinion));
    }

    private void director(ProcessInstance ext, String decision, String otherDate, String comment) {
        Map<String, Object> v = new HashMap<>();
        v.put(FIELD_DECISION, decision);
        v.put(FIELD_OTHER_DEADLINE, otherDate == null ? "" : otherDate);
        v.put(FIELD_COMMENT, comment == null ? "" : comment);
        driver.submit(DIRECTOR, ext, TASK_DIRECTOR_DECISION, v);
    }

    private void province(ProcessInstance ext, String answer, String date, String doc) {
        Map<String, Object> v = new HashMap<>();
        v.put(FIELD_PROVINCE_ANSWER, answer);
        v.put(FIELD_GRANTED_DEADLINE, date == null ? "" : date);
        v.put(FIELD_PROVINCE_DOC, doc);
        driver.submit(OFFICE, ext, TASK_PROVINCE_ANSWER, v);
    }

    /** Deadline timers waiting in the lifecycle (review-step limits left out), by activity. */
    private Map<String, Instant> timers(ProcessInstance pi) {
        Map<String, Instant> found = new HashMap<>();
        for (String activity : DirectiveLifecycle.WATCH_TIMERS) {
            management.createJobQuery().processInstanceId(pi.getId()).timers().activityId(activity).list()
                    .forEach(j -> found.put(activity, j.getDuedate().toInstant()));
        }
        return found;
    }

    private Instant runtimeDate(ProcessInstance pi, String variable) {
        return ((Date) runtime.getVariable(pi.getId(), variable)).toInstant();
    }

    private long openTasks(ProcessInstance pi, String key) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).count();
    }

    private List<DirectiveAction> actions(ProcessInstance pi) {
        return directives.events(pi.getBusinessKey()).stream().map(DirectiveEvent::action).toList();
    }

    private DirectiveEvent lastEvent(ProcessInstance pi, DirectiveAction action) {
        List<DirectiveEvent> found = directives.events(pi.getBusinessKey()).stream()
                .filter(e -> e.action() == action).toList();
        assertThat(found).as("events %s", action).isNotEmpty();
        return found.get(found.size() - 1);
    }
}
