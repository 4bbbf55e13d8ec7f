package vn.sct.tracker.process.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.sct.tracker.process.lifecycle.DirectiveLifecycle.*;
import static vn.sct.tracker.support.LifecycleDriver.*;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.sct.tracker.calendar.DayKind;
import vn.sct.tracker.calendar.WorkingCalendar;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.deadline.DeadlineRecord;
import vn.sct.tracker.deadline.DeadlineRepository;
import vn.sct.tracker.deadline.DeadlineState;
import vn.sct.tracker.deadline.CurrentStates;
import vn.sct.tracker.deadline.DueColour;
import vn.sct.tracker.deadline.ReportState;
import vn.sct.tracker.directive.DirectiveAction;
import vn.sct.tracker.directive.DirectiveEvent;
import vn.sct.tracker.directive.DirectiveService;
import vn.sct.tracker.support.LifecycleDriver;
import vn.sct.tracker.support.PostgresProcessTest;
import static vn.sct.tracker.support.EngineClock.*;
import vn.sct.tracker.support.TestMail;

/**
 * The deadline watch of directive-lifecycle on the Vietnamese working calendar, with the engine clock
 * moved through real cases. Jobs are run by the test (job executor off), only those of the directive
 * under test, exactly when they are due.
 */
class DeadlineTimersTest extends PostgresProcessTest {

    /** Instances started by this class (the engine clock moves, so start times cannot tell). */
    private static final Set<String> VISITED_INSTANCES = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @AfterAll
    static void everyDeadlineNodeWasVisited(@Autowired HistoryService history, @Autowired RepositoryService repository) {
        var definition = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
                .latestVersion().singleResult();
        Set<String> flowNodes = repository.getBpmnModelInstance(definition.getId())
                .getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId).collect(Collectors.toSet());
        assertThat(flowNodes).as("DEADLINE_NODES names real elements").containsAll(DEADLINE_NODES);
        Set<String> visited = history.createHistoricActivityInstanceQuery().list().stream()
                .filter(a -> VISITED_INSTANCES.contains(a.getProcessInstanceId()))
                .map(a -> a.getActivityId()).collect(Collectors.toSet());
        assertThat(visited).as("deadline nodes visited by the tests").containsAll(DEADLINE_NODES);
    }

    @Autowired LifecycleDriver driver;
    @Autowired DirectiveService directives;
    @Autowired DeadlineRepository deadlines;
    @Autowired CurrentStates watch;
    @Autowired ManagementService management;
    @Autowired TaskService tasks;
    @Autowired WorkingCalendar calendar;
    @Autowired HistoryService history;
    @Autowired org.camunda.bpm.engine.RuntimeService runtime;

    @BeforeEach
    void cleanMailbox() {
        TestMail.clear();
    }

    // ------------------------------------------------------------------ cases

    @Test
    void deadlineJustBeforeTet2026_remindsOverdueChasesAcrossTheHolidayAndTellsTheDirector() {
        clock("2026-02-02T09:00");
        ProcessInstance pi = register("UBND_TINH", "2026-02-13"); // Friday; Tết off Monday 16 - Friday 20/02
        driver.assign(pi, "QLCN", List.of(), null);
        driver.assignSpecialist(pi, HEAD, SPECIALIST);
        assertThat(TestMail.received("[Việc mới] " + pi.getBusinessKey() + ": Chuyên viên dự thảo"))
                .as("assignment notice to the specialist").singleElement()
                .satisfies(m -> assertThat(m.to()).containsExactly("qlcn.cv1@sct.example"));

        // UBND tỉnh rule of deadline-policy: remind 3 working days before, chase every 2, Director after 3.
        assertThat(due(management, pi, EVENT_REMINDER_DUE)).isEqualTo(vn("2026-02-10T07:30"));
        DeadlineRecord schedule = deadlines.find(pi.getBusinessKey()).orElseThrow();
        assertThat(schedule.effectiveDeadline()).isEqualTo(LocalDate.parse("2026-02-13"));
        assertThat(schedule.overdueAt()).isEqualTo(vn("2026-02-14T00:00"));
        assertThat(schedule.policy().reminderDays()).isEqualTo(3);
        Task draft = driver.task(SPECIALIST, pi, TASK_DRAFT);
        assertThat(draft.getDueDate().toInstant()).as("Tasklist due: 23:59 of the deadline day")
                .isEqualTo(vn("2026-02-13T23:59"));
        assertThat(draft.getFollowUpDate().toInstant()).isEqualTo(vn("2026-02-10T07:30"));

        clock("2026-02-10T07:29");
        runDueJobs(management, pi);
        assertThat(systemActions(pi)).doesNotContain(DirectiveAction.REMINDED);
        assertThat(state(pi).colour()).isEqualTo(DueColour.GREEN);

        clock("2026-02-10T07:30");
        runDueJobs(management, pi);
        assertThat(systemActions(pi)).containsOnlyOnce(DirectiveAction.REMINDED);
        assertThat(lastEvent(pi, DirectiveAction.REMINDED).comment()).isEqualTo("Còn 3 ngày làm việc đến hạn 13/02/2026");
        assertThat(TestMail.received("[Nhắc hạn]")).singleElement().satisfies(m -> assertThat(m.to())
                .containsExactly("qlcn.cv1@sct.example", "qlcn.tp@sct.example"));
        DeadlineState dueSoon = state(pi);
        assertThat(dueSoon.reportState()).isEqualTo(ReportState.OPEN_WITHIN_DEADLINE);
        assertThat(dueSoon.dueSoon()).isTrue();
        assertThat(dueSoon.colour()).isEqualTo(DueColour.ORANGE);
        assertThat(due(management, pi, EVENT_DEADLINE_PASSED)).isEqualTo(vn("2026-02-14T00:00"));

        clock("2026-02-13T23:59");
        runDueJobs(management, pi);
        assertThat(systemActions(pi)).doesNotContain(DirectiveAction.OVERDUE);

        clock("2026-02-14T00:00");
        runDueJobs(management, pi);
        DeadlineRecord overdue = deadlines.find(pi.getBusinessKey()).orElseThrow();
        assertThat(overdue.overdueSince()).as("flagged overdue from the end of the deadline day")
                .isEqualTo(vn("2026-02-14T00:00"));
        assertThat(overdue.chaseCount()).isEqualTo(1);
        assertThat(lastEvent(pi, DirectiveAction.OVERDUE).comment())
                .startsWith("Quá thời hạn 13/02/2026, đang ở bước \"Chuyên viên dự thảo, tham mưu\"");
        assertThat(state(pi).reportState()).isEqualTo(ReportState.OPEN_OVERDUE);
        assertThat(state(pi).colour()).isEqualTo(DueColour.RED);
        Task chase = driver.task(OFFICE, pi, TASK_CHASE);
        assertThat(chase.getDueDate().toInstant()).as("next chase round after Tết: end of Tuesday 24/02")
                .isEqualTo(vn("2026-02-24T23:59"));
        assertThat(due(management, pi, EVENT_CHASE_ROUND_DUE)).isEqualTo(vn("2026-02-25T00:00"));
        assertThat(due(management, pi, EVENT_DIRECTOR_NOTIFY_DUE)).isEqualTo(vn("2026-02-26T00:00"));
        assertThat(TestMail.received("[Quá hạn]")).singleElement().satisfies(m -> assertThat(m.to())
                .contains("qlcn.cv1@sct.example", "qlcn.tp@sct.example", "vp.cv1@sct.example", "pgd.hai@sct.example"));
        assertThat(driver.as(SPECIALIST, () -> tasks.createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(TASK_CHASE).count())).as("the division does not see the Office's chase task")
                .isZero();

        // During Tết nothing fires again: one overdue flag, one chase task for this deadline.
        clock("2026-02-20T10:00");
        runDueJobs(management, pi);
        assertThat(systemActions(pi)).containsOnlyOnce(DirectiveAction.OVERDUE);
        assertThat(openTasks(pi, TASK_CHASE)).isEqualTo(1);

        driver.submit(OFFICE, pi, TASK_CHASE, Map.of("chaseMethod", "PHONE",
                "chaseNote", "Đã gọi Trưởng phòng QLCN; cam kết trình trước 25/02"));
        assertThat(lastEvent(pi, DirectiveAction.CHASED).comment())
                .isEqualTo("Gọi điện thoại: Đã gọi Trưởng phòng QLCN; cam kết trình trước 25/02");
        assertThat(due(management, pi, EVENT_WAIT_NEXT_CHASE)).isEqualTo(vn("2026-02-25T00:00"));

        clock("2026-02-25T00:00");
        runDueJobs(management, pi);
        assertThat(lastEvent(pi, DirectiveAction.CHASE_REPEATED).comment())
                .startsWith("Đôn đốc lần 2: quá hạn 2 ngày làm việc");
        assertThat(openTasks(pi, TASK_CHASE)).isEqualTo(1);
        assertThat(due(management, pi, EVENT_CHASE_ROUND_DUE)).isEqualTo(vn("2026-02-27T00:00"));
        assertThat(systemActions(pi)).doesNotContain(DirectiveAction.DIRECTOR_NOTIFIED);

        clock("2026-02-26T00:00");
        runDueJobs(management, pi);
        assertThat(lastEvent(pi, DirectiveAction.DIRECTOR_NOTIFIED).comment())
                .startsWith("Quá hạn 3 ngày làm việc (hạn 13/02/2026)");
        assertThat(deadlines.find(pi.getBusinessKey()).orElseThrow().directorNotifiedAt())
                .isEqualTo(vn("2026-02-26T00:00"));
        assertThat(TestMail.received("[Báo cáo Giám đốc]")).singleElement()
                .satisfies(m -> assertThat(m.to()).contains("giamdoc@sct.example"));

        // The Office let round 2 pass without acting: round 3 replaces its task, still one open.
        clock("2026-02-27T00:00");
        runDueJobs(management, pi);
        assertThat(deadlines.find(pi.getBusinessKey()).orElseThrow().chaseCount()).isEqualTo(3);
        assertThat(openTasks(pi, TASK_CHASE)).isEqualTo(1);
        assertThat(systemActions(pi)).containsOnlyOnce(DirectiveAction.DIRECTOR_NOTIFIED);

        // Finished late: every timer and the chase task go with the directive; nothing fires after.
        clock("2026-02-27T10:00");
        finish(pi);
        assertThat(pi).isEnded();
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
        DeadlineState done = state(pi);
        assertThat(done.reportState()).isEqualTo(ReportState.DONE_LATE);
        assertThat(done.workingDaysLate()).as("23, 24, 25, 26, 27/02").isEqualTo(5);
        int events = directives.events(pi.getBusinessKey()).size();
        clock("2026-03-31T10:00");
        runDueJobs(management, pi);
        assertThat(directives.events(pi.getBusinessKey())).hasSize(events);
    }

    @Test
    void deadlineJustBeforeTet2027_departmentRule_chaseAndDirectorCountOnlyWorkingDays() {
        clock("2027-01-18T09:00");
        ProcessInstance pi = register("NHIEM_VU_CHU_YEU", "2027-02-04"); // Thursday; off Friday 5 - Thursday 11/02
        // Department rule: remind 2 working days before, chase every 3, Director after 5.
        assertThat(due(management, pi, EVENT_REMINDER_DUE)).isEqualTo(vn("2027-02-02T07:30"));
        assertThat(runtimeDate(pi, VAR_NEXT_CHASE_AT)).isEqualTo(vn("2027-02-17T00:00"));  // 12, 15, 16/02
        assertThat(runtimeDate(pi, VAR_DIRECTOR_NOTIFY_AT)).isEqualTo(vn("2027-02-19T00:00")); // ..., 17, 18/02

        clock("2027-02-02T07:30");
        runDueJobs(management, pi);
        assertThat(lastEvent(pi, DirectiveAction.REMINDED).comment()).isEqualTo("Còn 2 ngày làm việc đến hạn 04/02/2027");
        clock("2027-02-05T00:00");
        runDueJobs(management, pi);
        assertThat(systemActions(pi)).containsSubsequence(DirectiveAction.REMINDED, DirectiveAction.OVERDUE);
        assertThat(openTasks(pi, TASK_CHASE)).isEqualTo(1);
        assertThat(due(management, pi, EVENT_CHASE_ROUND_DUE)).isEqualTo(vn("2027-02-17T00:00"));

        clock("2027-02-12T16:00"); // first working day after Tết: 1 working day late
        assertThat(state(pi).workingDaysLate()).isEqualTo(1);
        runDueJobs(management, pi);
        assertThat(systemActions(pi)).doesNotContain(DirectiveAction.CHASE_REPEATED);

        clock("2027-02-17T00:00");
        runDueJobs(management, pi);
        assertThat(lastEvent(pi, DirectiveAction.CHASE_REPEATED).comment()).startsWith("Đôn đốc lần 2: quá hạn 3 ngày");
        clock("2027-02-19T00:00");
        runDueJobs(management, pi);
        assertThat(lastEvent(pi, DirectiveAction.DIRECTOR_NOTIFIED).comment()).startsWith("Quá hạn 5 ngày làm việc");
    }

    @Test
    void deadlineOn30April_movesToTheNextWorkingDay_andTheReminderSkipsTheCompensatoryDay() {
        clock("2026-04-06T09:00");
        ProcessInstance pi = register("UBND_TINH", "2026-04-30");
        DeadlineRecord r = deadlines.find(pi.getBusinessKey()).orElseThrow();
        // 30/4 and 1/5 are holidays, 2-3/5 a weekend: the deadline ends with Monday 4/5 (Civil Code art. 148).
        assertThat(r.effectiveDeadline()).isEqualTo(LocalDate.parse("2026-05-04"));
        assertThat(r.overdueAt()).isEqualTo(vn("2026-05-05T00:00"));
        // 3 working days before 4/5: 29/4, 28/4, then 24/4 (27/4 is the day off for Giỗ Tổ on Sunday 26/4).
        assertThat(r.reminderAt()).isEqualTo(vn("2026-04-24T07:30"));
        assertThat(lastEvent(pi, DirectiveAction.DEADLINE_SCHEDULED).comment()).startsWith(
                "Thời hạn 30/04/2026 là ngày nghỉ: tính đến hết ngày làm việc tiếp theo 04/05/2026 (Điều 148 Bộ luật Dân sự).");

        driver.workUntilClosing(pi);
        clock("2026-05-04T16:00");
        runDueJobs(management, pi);
        assertThat(systemActions(pi)).contains(DirectiveAction.REMINDED).doesNotContain(DirectiveAction.OVERDUE);
        driver.close(pi, "77/BC-SCT", AppClock.today(), null);
        assertThat(state(pi).reportState()).as("closed after 30/4 but within the working-day deadline")
                .isEqualTo(ReportState.DONE_ON_TIME);
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void deadlineOnASwappedWorkingSaturday_isThatSaturday() {
        LocalDate saturday = LocalDate.parse("2026-10-10");
        calendar.putOverride(saturday, DayKind.WORKING_DAY, "Làm bù cho ngày nghỉ 02/01/2026 (thử nghiệm)", "admin");
        try {
            clock("2026-09-21T09:00");
            ProcessInstance pi = register("UBND_TINH", "2026-10-10");
            DeadlineRecord r = deadlines.find(pi.getBusinessKey()).orElseThrow();
            assertThat(r.effectiveDeadline()).isEqualTo(saturday);
            assertThat(r.overdueAt()).isEqualTo(vn("2026-10-11T00:00"));
            assertThat(r.reminderAt()).isEqualTo(vn("2026-10-07T07:30")); // Wednesday: Fri 9, Thu 8, Wed 7
            assertThat(lastEvent(pi, DirectiveAction.DEADLINE_SCHEDULED).comment()).doesNotContain("ngày nghỉ");

            clock("2026-10-11T00:00");
            runDueJobs(management, pi);
            assertThat(deadlines.find(pi.getBusinessKey()).orElseThrow().overdueSince())
                    .isEqualTo(vn("2026-10-11T00:00"));
            // chase every 2 working days after Saturday 10/10: Monday 12, Tuesday 13 -> from 14/10 00:00
            assertThat(due(management, pi, EVENT_CHASE_ROUND_DUE)).isEqualTo(vn("2026-10-14T00:00"));
        } finally {
            calendar.deleteOverride(saturday);
        }
        clock("2026-09-21T09:00");
        ProcessInstance plain = register("UBND_TINH", "2026-10-17"); // an ordinary Saturday
        assertThat(deadlines.find(plain.getBusinessKey()).orElseThrow().effectiveDeadline())
                .isEqualTo(LocalDate.parse("2026-10-19"));
    }

    @Test
    void finishedOneMinuteBeforeTheDeadline_isOnTime_andNothingEscalates() {
        clock("2026-12-01T09:00");
        ProcessInstance pi = register("GIAM_DOC_SO", "2026-12-15");
        driver.workUntilClosing(pi);
        clock("2026-12-15T23:59");
        runDueJobs(management, pi);
        driver.close(pi, "88/BC-SCT", AppClock.today(), null);
        assertThat(pi).isEnded();
        assertThat(state(pi).reportState()).isEqualTo(ReportState.DONE_ON_TIME);
        assertThat(state(pi).colour()).isEqualTo(DueColour.GREEN);
        assertThat(deadlines.find(pi.getBusinessKey()).orElseThrow().overdueSince()).isNull();
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
        clock("2026-12-16T00:00");
        runDueJobs(management, pi);
        assertThat(systemActions(pi)).doesNotContain(DirectiveAction.OVERDUE);
    }

    @Test
    void finishedOneMinuteAfterTheDeadline_isLate_theChaseTaskGoes() {
        clock("2026-12-01T09:00");
        ProcessInstance pi = register("GIAM_DOC_SO", "2026-12-15");
        driver.workUntilClosing(pi);
        clock("2026-12-16T00:01");
        runDueJobs(management, pi);
        assertThat(systemActions(pi)).containsOnlyOnce(DirectiveAction.OVERDUE);
        assertThat(openTasks(pi, TASK_CHASE)).isEqualTo(1);
        driver.close(pi, "89/BC-SCT", AppClock.today(), null);
        assertThat(pi).isEnded();
        assertThat(openTasks(pi, TASK_CHASE)).isZero();
        DeadlineState state = state(pi);
        assertThat(state.reportState()).isEqualTo(ReportState.DONE_LATE);
        assertThat(state.colour()).isEqualTo(DueColour.RED);
        assertThat(state.workingDaysLate()).as("Wednesday 16/12 had begun").isEqualTo(1);
        assertThat(management.createJobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void registeredAfterItsDeadline_isRefused_andNothingIsStored_registeredOnItsDeadlineDay_isRemindedAtOnce() {
        clock("2026-11-23T16:00"); // Monday; a deadline of Friday 13/11 has gone
        long instances = history.createHistoricProcessInstanceQuery().count();
        Map<String, Object> late = driver.registration(LocalDate.parse("2026-11-13"));
        late.put("sourceDocDate", "2026-11-02");
        assertThatThrownBy(() -> driver.register(late))
                .hasMessage("Thời hạn hoàn thành: đã qua; thời hạn phải từ hôm nay (23/11/2026) trở đi");
        assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(instances);

        Map<String, Object> today = driver.registration(LocalDate.parse("2026-11-23"));
        today.put("sourceType", "GIAM_DOC_SO");
        today.put("sourceDocDate", "2026-11-02");
        ProcessInstance pi = driver.register(today);
        VISITED_INSTANCES.add(pi.getId());
        assertThat(lastEvent(pi, DirectiveAction.DEADLINE_SCHEDULED).comment())
                .startsWith("Nhắc hạn lúc 16:00 23/11/2026");
        runDueJobs(management, pi);
        assertThat(systemActions(pi)).containsOnlyOnce(DirectiveAction.REMINDED).doesNotContain(DirectiveAction.OVERDUE);
        assertThat(due(management, pi, EVENT_DEADLINE_PASSED)).isEqualTo(vn("2026-11-24T00:00"));
    }

    @Test
    void urgentDirective_remindedOneWorkingDayBefore() {
        clock("2026-12-07T09:00"); // Monday
        ProcessInstance pi = register("UBND_TINH", "2026-12-09"); // 2 working days: the urgent rule wins
        assertThat(deadlines.find(pi.getBusinessKey()).orElseThrow().policy().reminderDays()).isEqualTo(1);
        assertThat(due(management, pi, EVENT_REMINDER_DUE)).isEqualTo(vn("2026-12-08T07:30"));
    }

    @Test
    void directorSetsAnotherDeadline_atAssignment_theWaitingTimersMove() {
        clock("2026-11-02T09:00");
        ProcessInstance pi = register("UBND_TINH", "2026-11-30");
        assertThat(due(management, pi, EVENT_REMINDER_DUE)).isEqualTo(vn("2026-11-25T07:30"));
        driver.assign(pi, "QLCN", List.of(), null, LocalDate.parse("2026-11-20"));
        assertThat(due(management, pi, EVENT_REMINDER_DUE)).isEqualTo(vn("2026-11-17T07:30"));
        assertThat(runtimeDate(pi, VAR_OVERDUE_AT)).isEqualTo(vn("2026-11-21T00:00"));
        assertThat(systemActions(pi)).containsExactly(DirectiveAction.DEADLINE_SCHEDULED,
                DirectiveAction.DEADLINE_SCHEDULED);
        clock("2026-11-21T00:00");
        runDueJobs(management, pi);
        assertThat(deadlines.find(pi.getBusinessKey()).orElseThrow().overdueSince())
                .isEqualTo(vn("2026-11-21T00:00"));
    }

    @Test
    void reviewStepsLate_escalateToTheOffice_onceEach_withoutStoppingTheWork() {
        clock("2026-12-01T09:00"); // Tuesday
        ProcessInstance pi = register("GIAM_DOC_SO", "2026-12-31");
        driver.assign(pi, "QLCN", List.of(), null);
        driver.assignSpecialist(pi, HEAD, SPECIALIST);
        clock("2026-12-07T09:00"); // Monday
        driver.draft(pi, TASK_DRAFT, SPECIALIST, "Dự thảo");
        Task review = driver.task(HEAD, pi, TASK_REVIEW_BY_HEAD);
        assertThat(review.getDueDate().toInstant()).as("2 working days: end of Wednesday")
                .isEqualTo(vn("2026-12-09T23:59"));
        assertThat(due(management, pi, EVENT_HEAD_REVIEW_LATE)).isEqualTo(vn("2026-12-10T00:00"));

        clock("2026-12-10T00:00");
        runDueJobs(management, pi);
        runDueJobs(management, pi);
        assertThat(systemActions(pi)).containsOnlyOnce(DirectiveAction.REVIEW_OVERDUE);
        DirectiveEvent late = lastEvent(pi, DirectiveAction.REVIEW_OVERDUE);
        assertThat(late.step()).isEqualTo(TASK_REVIEW_BY_HEAD);
        assertThat(late.comment()).startsWith("Bước \"Trưởng phòng xem xét dự thảo\" quá 2 ngày làm việc chưa xử lý");
        assertThat(openTasks(pi, TASK_REVIEW_BY_HEAD)).as("the work goes on").isEqualTo(1);
        assertThat(TestMail.received("[Chậm xem xét]")).singleElement()
                .satisfies(m -> assertThat(m.to()).contains("vp.cv1@sct.example", "vp.cv2@sct.example"));

        driver.decide(HEAD, pi, TASK_REVIEW_BY_HEAD, DECISION_APPROVE, null);
        assertThat(due(management, pi, EVENT_DEPUTY_REVIEW_LATE)).as("from Thursday 10/12: Friday 11, Monday 14")
                .isEqualTo(vn("2026-12-15T00:00"));
        clock("2026-12-15T00:00");
        runDueJobs(management, pi);
        driver.decide(DEPUTY, pi, TASK_REVIEW_BY_DEPUTY, DECISION_APPROVE, null);
        assertThat(due(management, pi, EVENT_DIRECTOR_REVIEW_LATE)).isEqualTo(vn("2026-12-18T00:00"));
        clock("2026-12-18T00:00");
        runDueJobs(management, pi);
        assertThat(directives.events(pi.getBusinessKey()).stream()
                .filter(e -> e.action() == DirectiveAction.REVIEW_OVERDUE).map(DirectiveEvent::step).toList())
                .containsExactly(TASK_REVIEW_BY_HEAD, TASK_REVIEW_BY_DEPUTY, TASK_SIGN_BY_DIRECTOR);
        assertThat(deadlines.find(pi.getBusinessKey()).orElseThrow().reviewEscalations()).isEqualTo(3);
    }

    // ------------------------------------------------------------------ helpers

    private ProcessInstance register(String sourceType, String deadline) {
        Map<String, Object> form = driver.registration(LocalDate.parse(deadline));
        form.put("sourceType", sourceType);
        ProcessInstance pi = driver.register(form);
        VISITED_INSTANCES.add(pi.getId());
        return pi;
    }

    private void finish(ProcessInstance pi) {
        driver.draft(pi, TASK_DRAFT, SPECIALIST, "Dự thảo báo cáo");
        driver.decide(HEAD, pi, TASK_REVIEW_BY_HEAD, DECISION_APPROVE, null);
        driver.decide(DEPUTY, pi, TASK_REVIEW_BY_DEPUTY, DECISION_APPROVE, null);
        driver.decide(DIRECTOR, pi, TASK_SIGN_BY_DIRECTOR, DECISION_SIGN, null);
        driver.close(pi, "99/BC-SCT", AppClock.today(), null);
    }



    private Instant runtimeDate(ProcessInstance pi, String variable) {
        return ((Date) runtime.getVariable(pi.getId(), variable)).toInstant();
    }

    private long openTasks(ProcessInstance pi, String key) {
        return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).count();
    }

    private DeadlineState state(ProcessInstance pi) {
        return watch.of(directives.get(pi.getBusinessKey()));
    }

    /** The engine's own entries of the trail (no actor), in order. */
    private List<DirectiveAction> systemActions(ProcessInstance pi) {
        return directives.events(pi.getBusinessKey()).stream().filter(e -> e.actor() == null)
                .map(DirectiveEvent::action).toList();
    }

    private DirectiveEvent lastEvent(ProcessInstance pi, DirectiveAction action) {
        List<DirectiveEvent> found = directives.events(pi.getBusinessKey()).stream()
                .filter(e -> e.action() == action).toList();
        assertThat(found).as("events %s", action).isNotEmpty();
        return found.get(found.size() - 1);
    }
}
