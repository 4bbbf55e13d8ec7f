package vn.sct.tracker.process.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.sct.tracker.process.lifecycle.DirectiveLifecycle.*;
import static vn.sct.tracker.support.LifecycleDriver.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.sct.tracker.common.ValidationErrors;
import vn.sct.tracker.common.ValidationException;
import org.camunda.bpm.engine.AuthorizationException;
import vn.sct.tracker.directive.Directive;
import vn.sct.tracker.directive.DirectiveAction;
import vn.sct.tracker.directive.DirectiveEvent;
import vn.sct.tracker.directive.DirectiveService;
import vn.sct.tracker.directive.DirectiveStatus;
import vn.sct.tracker.support.LifecycleDriver;
import vn.sct.tracker.support.PostgresProcessTest;
import static vn.sct.tracker.support.EngineClock.refused;

/**
 * Every path of {@code directive-lifecycle}, played by the demo Department's people as in Tasklist, on
 * real PostgreSQL. Each test asserts the record and its event trail, not only where the token is.
 */
class DirectiveLifecycleTest extends PostgresProcessTest {

    private static java.util.Date classStarted;

    @org.junit.jupiter.api.BeforeAll
    static void rememberStart() {
        classStarted = new java.util.Date(System.currentTimeMillis() - 1000);
    }

    /** Together the tests of this class pass through every flow node of the diagram (100% coverage). */
    @org.junit.jupiter.api.AfterAll
    static void everyFlowNodeOfTheDiagramWasVisited(@Autowired HistoryService history,
                                                    @Autowired org.camunda.bpm.engine.RepositoryService repository) {
        var definition = repository.createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY)
                .latestVersion().singleResult();
        Set<String> flowNodes = repository.getBpmnModelInstance(definition.getId())
                .getModelElementsByType(org.camunda.bpm.model.bpmn.instance.FlowNode.class).stream()
                .map(n -> n.getId()).collect(java.util.stream.Collectors.toSet());
        Set<String> visited = history.createHistoricActivityInstanceQuery().startedAfter(classStarted).list()
                .stream().map(a -> a.getActivityId()).collect(java.util.stream.Collectors.toSet());
        // The deadline watch and review time limits are driven by the clock: DeadlineTimersTest covers them.
        flowNodes.removeAll(DEADLINE_NODES);
        // A granted extension restarting the watch: ExtensionProcessTest covers it.
        flowNodes.removeAll(EXTENSION_NODES);
        assertThat(visited).as("flow nodes visited by the tests").containsAll(flowNodes);
    }

    @Autowired LifecycleDriver driver;
    @Autowired DirectiveService directives;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired HistoryService history;
    @Autowired JdbcClient jdbc;

    private Directive record(ProcessInstance pi) {
        return directives.get(pi.getBusinessKey());
    }

    /** Waiting at exactly this step of the work, with the deadline watch waiting for its reminder moment. */
    private static void assertWorkingAt(ProcessInstance pi, String step) {
        assertThat(pi).isWaitingAtExactly(SUBPROCESS_HANDLE, SUBPROCESS_DEADLINE_WATCH, EVENT_REMINDER_DUE, step);
    }

    /** What people did (the engine's own deadline events have no actor and are tested in DeadlineTimersTest). */
    private List<DirectiveAction> actions(ProcessInstance pi) {
        return directives.events(pi.getBusinessKey()).stream().filter(e -> e.actor() != null)
                .map(DirectiveEvent::action).toList();
    }

    private DirectiveEvent lastEvent(ProcessInstance pi) {
        List<DirectiveEvent> events = directives.events(pi.getBusinessKey());
        return events.get(events.size() - 1);
    }

    /** Register, assign (no coordinating division) and pick the specialist: the draft is open. */
    private ProcessInstance drafting(List<String> coordinating) {
        ProcessInstance pi = driver.register();
        driver.assign(pi, "QLCN", coordinating, null);
        driver.assignSpecialist(pi, HEAD, SPECIALIST);
        return pi;
    }

    private ProcessInstance atHeadReview() {
        ProcessInstance pi = drafting(List.of());
        driver.draft(pi, TASK_DRAFT, SPECIALIST, "Dự thảo báo cáo lần 1");
        return pi;
    }

    @Test
    void happyPath_registerToClose_recordAndTrailTellTheWholeStory() {
        ProcessInstance pi = driver.register();

        Directive registered = record(pi);
        assertThat(registered.id()).matches("NV-\\d{4}-\\d{5}").isEqualTo(pi.getBusinessKey());
        assertThat(registered.status()).isEqualTo(DirectiveStatus.REGISTERED);
        assertThat(registered.processInstanceId()).isEqualTo(pi.getId());
        assertThat(registered.sourceDocNumber()).isEqualTo("1234/UBND-KT");
        assertThat(registered.createdBy()).isEqualTo(OFFICE);
        assertThat(registered.currentStep()).isEqualTo(TASK_ASSIGN);
        assertThat(registered.currentActor()).isEqualTo("group:director");
        assertThat(pi).isWaitingAt(TASK_ASSIGN);
        // The process keeps ids, routing decisions and dates only; the texts live in the record.
        assertThat(runtime.getVariables(pi.getId()).keySet())
                .containsOnly(VAR_DIRECTIVE_ID, VAR_DEADLINE_DATE, "registeredBy", VAR_REMINDER_AT, VAR_OVERDUE_AT,
                        VAR_NEXT_CHASE_AT, VAR_DIRECTOR_NOTIFY_AT);

        driver.assign(pi, "QLCN", List.of(), null);
        Directive assigned = record(pi);
        assertThat(assigned.status()).isEqualTo(DirectiveStatus.ASSIGNED);
        assertThat(assigned.leadDivision()).isEqualTo("QLCN");
        assertThat(assigned.deputyInCharge()).as("deputy in charge of QLCN from the organisation data")
                .isEqualTo(DEPUTY);
        assertThat(lastEvent(pi).comment()).contains("Chủ trì: Phòng Quản lý Công nghiệp")
                .contains("PGĐ phụ trách: Lê Thanh Hải").contains("Khẩn trương thực hiện");
        Task pick = driver.task(HEAD, pi, TASK_ASSIGN_SPECIALIST);
        assertThat(candidateGroups(pick)).containsExactly("div-qlcn-head");

        driver.assignSpecialist(pi, HEAD, SPECIALIST);
        assertThat(record(pi).assignee()).isEqualTo(SPECIALIST);
        assertThat(record(pi).status()).isEqualTo(DirectiveStatus.IN_PROGRESS);
        Task draft = driver.task(SPECIALIST, pi, TASK_DRAFT);
        assertThat(draft.getAssignee()).isEqualTo(SPECIALIST);
        assertThat(draft.getDescription()).startsWith(pi.getBusinessKey());
        assertThat(pi).task(TASK_DRAFT).isAssignedTo(SPECIALIST);
        // The form shows the key facts of the directive.
        Map<String, Object> form = tasks.getVariablesLocal(draft.getId());
        assertThat(form.get("directiveFacts")).asString()
                .contains("**Văn bản giao:** Văn bản số 1234/UBND-KT").contains("UBND tỉnh Hà Tĩnh")
                .contains("**Phòng/đơn vị chủ trì:** Phòng Quản lý Công nghiệp")
                .contains("**Trạng thái:** Đang thực hiện").doesNotContain("Phòng/đơn vị phối hợp");
        assertThat(form.get("history")).asString().contains("Đăng ký nhiệm vụ").contains("Giao nhiệm vụ");

        driver.draft(pi, TASK_DRAFT, SPECIALIST, "Dự thảo báo cáo");
        assertThat(record(pi).status()).isEqualTo(DirectiveStatus.IN_REVIEW);
        // The read-only copies on the form leave no history; what the specialist entered does.
        assertThat(history.createHistoricVariableInstanceQuery().taskIdIn(draft.getId())
                .variableNameIn("directiveFacts", "history", "content").count()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().taskIdIn(draft.getId())
                .variableName("draftSummary").singleResult().getValue()).isEqualTo("Dự thảo báo cáo");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceIdIn(pi.getId())
                .variableNameIn(OPTIONS_DIVISIONS, OPTIONS_DEPUTIES, OPTIONS_SPECIALISTS).count()).isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceIdIn(pi.getId())
                .variableName(FIELD_LEAD_DIVISION).count()).as("the Director's choice is kept").isPositive();
        assertThat(record(pi).draftSummary()).isEqualTo("Dự thảo báo cáo");
        driver.decide(HEAD, pi, TASK_REVIEW_BY_HEAD, DECISION_APPROVE, null);
        assertThat(pi).task(TASK_REVIEW_BY_DEPUTY).isAssignedTo(DEPUTY);
        driver.decide(DEPUTY, pi, TASK_REVIEW_BY_DEPUTY, DECISION_APPROVE, "Đồng ý trình Giám đốc");
        driver.decide(DIRECTOR, pi, TASK_SIGN_BY_DIRECTOR, DECISION_SIGN, null);
        assertThat(record(pi).status()).isEqualTo(DirectiveStatus.SIGNED);
        assertThat(record(pi).currentStep()).isEqualTo(TASK_ISSUE_AND_CLOSE);

        driver.close(pi, "456/BC-SCT", LocalDate.now(), null);
        assertThat(pi).isEnded();
        Directive closed = record(pi);
        assertThat(closed.status()).isEqualTo(DirectiveStatus.CLOSED);
        assertThat(closed.resultDocNumber()).isEqualTo("456/BC-SCT");
        assertThat(closed.resultDocDate()).isEqualTo(LocalDate.now());
        assertThat(closed.closedAt()).isNotNull();
        assertThat(closed.currentStep()).isNull();
        assertThat(actions(pi)).containsExactly(DirectiveAction.REGISTERED, DirectiveAction.ASSIGNED,
                DirectiveAction.SPECIALIST_ASSIGNED, DirectiveAction.DRAFT_SUBMITTED, DirectiveAction.APPROVED,
                DirectiveAction.APPROVED, DirectiveAction.SIGNED, DirectiveAction.CLOSED);
        List<DirectiveEvent> all = directives.events(pi.getBusinessKey());
        assertThat(all).extracting(DirectiveEvent::action).filteredOn(a -> a == DirectiveAction.DEADLINE_SCHEDULED)
                .as("one schedule: the Director kept the deadline").hasSize(1);
        assertThat(all.get(1).action()).isEqualTo(DirectiveAction.DEADLINE_SCHEDULED);
        List<DirectiveEvent> trail = all.stream().filter(e -> e.actor() != null).toList();
        assertThat(trail).extracting(DirectiveEvent::actor)
                .containsExactly(OFFICE, DIRECTOR, HEAD, SPECIALIST, HEAD, DEPUTY, DIRECTOR, OFFICE);
        assertThat(trail).extracting(DirectiveEvent::toStatus).containsExactly(DirectiveStatus.REGISTERED,
                DirectiveStatus.ASSIGNED, DirectiveStatus.IN_PROGRESS, DirectiveStatus.IN_REVIEW,
                DirectiveStatus.IN_REVIEW, DirectiveStatus.IN_REVIEW, DirectiveStatus.SIGNED,
                DirectiveStatus.CLOSED);
        assertThat(trail.get(7).fromStatus()).isEqualTo(DirectiveStatus.SIGNED);
        assertThat(trail.get(7).step()).isEqualTo(TASK_ISSUE_AND_CLOSE);
        assertThat(closed.version()).as("optimistic lock version moved with every update").isGreaterThan(8);
    }

    @Test
    void oneCoordinatingDivision_givesItsOpinionInParallelWithTheDraft() {
        ProcessInstance pi = drafting(List.of("QLTM"));
        Task opinion = driver.task("qltm.tp", pi, TASK_COORDINATING_OPINION);
        assertThat(candidateGroups(opinion)).containsExactly("div-qltm-head");
        assertThat(tasks.getVariableLocal(opinion.getId(), "coordinatingDivisionName"))
                .isEqualTo("Phòng Quản lý Thương mại");

        driver.submit("qltm.tp", opinion, Map.of("opinion", "Thống nhất, đề nghị bổ sung số liệu quý III"));
        Task draft = driver.task(SPECIALIST, pi, TASK_DRAFT);
        assertThat(tasks.getVariableLocal(draft.getId(), "opinions")).as("the open draft form shows it at once")
                .asString().contains("Phòng Quản lý Thương mại: Thống nhất, đề nghị bổ sung số liệu quý III");
        assertThat(pi).as("the join waits for the draft").isWaitingAt(TASK_DRAFT);
        assertThat(pi).isNotWaitingAt(TASK_REVIEW_BY_HEAD);

        driver.draft(pi, TASK_DRAFT, SPECIALIST, "Dự thảo");
        assertThat(pi).isWaitingAt(TASK_REVIEW_BY_HEAD);
        Task review = driver.task(HEAD, pi, TASK_REVIEW_BY_HEAD);
        assertThat(tasks.getVariableLocal(review.getId(), "opinions")).asString()
                .contains("Phòng Quản lý Thương mại: Thống nhất, đề nghị bổ sung số liệu quý III");
        assertThat(directives.events(pi.getBusinessKey())).filteredOn(e -> e.action() == DirectiveAction.OPINION_GIVEN)
                .extracting(DirectiveEvent::actor).containsExactly("qltm.tp");
    }

    @Test
    void severalCoordinatingDivisions_oneTaskEach_forTheirHeadsOnly() {
        ProcessInstance pi = drafting(List.of("QLTM", "QLNL", "KTAT"));
        assertThat(record(pi).coordinatingDivisions()).containsExactly("QLTM", "QLNL", "KTAT");
        List<Task> opinions = tasks.createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(TASK_COORDINATING_OPINION).list();
        assertThat(opinions).hasSize(3);
        assertThat(opinions.stream().flatMap(t -> candidateGroups(t).stream()))
                .containsExactlyInAnyOrder("div-qltm-head", "div-qlnl-head", "div-ktat-head");
        // Another division's head does not see them.
        assertThat(driver.as("ttkc.tp", () -> tasks.createTaskQuery().processInstanceId(pi.getId()).count()))
                .isZero();

        driver.submit("qltm.tp", pi, TASK_COORDINATING_OPINION, Map.of("opinion", "Đồng ý"));
        driver.submit("qlnl.tp", pi, TASK_COORDINATING_OPINION, Map.of("opinion", "Bổ sung phần điện"));
        driver.draft(pi, TASK_DRAFT, SPECIALIST, "Dự thảo");
        assertThat(pi).isNotWaitingAt(TASK_REVIEW_BY_HEAD);
        driver.submit("ktat.tp", pi, TASK_COORDINATING_OPINION, Map.of("opinion", "Không có ý kiến khác"));
        assertThat(pi).isWaitingAt(TASK_REVIEW_BY_HEAD);
        assertThat(actions(pi)).filteredOn(a -> a == DirectiveAction.OPINION_GIVEN).hasSize(3);
    }

    @Test
    void noCoordinatingDivision_goesStraightFromDraftToHeadReview() {
        ProcessInstance pi = drafting(List.of());
        assertThat(pi).isWaitingAt(TASK_DRAFT).isNotWaitingAt(TASK_COORDINATING_OPINION);
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).count()).isOne();
        driver.draft(pi, TASK_DRAFT, SPECIALIST, "Dự thảo");
        assertWorkingAt(pi, TASK_REVIEW_BY_HEAD);
    }

    @Test
    void headReturns_withMandatoryComment_specialistRevises_andSubmitsAgain() {
        ProcessInstance pi = atHeadReview();
        int eventsBefore = actions(pi).size();

        refused(() -> driver.decide(HEAD, pi, TASK_REVIEW_BY_HEAD, DECISION_RETURN, "  "))
                .hasMessageContaining("Ý kiến: bắt buộc khi trả lại");
        assertThat(pi).as("nothing happened").isWaitingAt(TASK_REVIEW_BY_HEAD);
        assertThat(actions(pi)).hasSize(eventsBefore);
        assertThat(record(pi).status()).isEqualTo(DirectiveStatus.IN_REVIEW);

        driver.decide(HEAD, pi, TASK_REVIEW_BY_HEAD, DECISION_RETURN, "Bổ sung số liệu 10 tháng");
        assertThat(pi).task(TASK_REVISE_DRAFT).isAssignedTo(SPECIALIST);
        assertThat(record(pi).status()).isEqualTo(DirectiveStatus.IN_PROGRESS);
        DirectiveEvent returned = lastEvent(pi);
        assertThat(returned.action()).isEqualTo(DirectiveAction.RETURNED);
        assertThat(returned.comment()).isEqualTo("Bổ sung số liệu 10 tháng");
        assertThat(returned.fromStatus()).isEqualTo(DirectiveStatus.IN_REVIEW);
        assertThat(returned.toStatus()).isEqualTo(DirectiveStatus.IN_PROGRESS);
        Task revise = driver.task(SPECIALIST, pi, TASK_REVISE_DRAFT);
        assertThat(tasks.getVariableLocal(revise.getId(), "history")).asString()
                .contains("Trả lại: Bổ sung số liệu 10 tháng");
        assertThat(tasks.getVariableLocal(revise.getId(), "draftSummary")).isEqualTo("Dự thảo báo cáo lần 1");

        driver.draft(pi, TASK_REVISE_DRAFT, SPECIALIST, "Dự thảo lần 2");
        assertThat(pi).isWaitingAt(TASK_REVIEW_BY_HEAD);
        assertThat(record(pi).draftSummary()).isEqualTo("Dự thảo lần 2");
    }

    @Test
    void deputyReturns_toTheSpecialist_thenTheWholeReviewChainAgain() {
        ProcessInstance pi = atHeadReview();
        driver.decide(HEAD, pi, TASK_REVIEW_BY_HEAD, DECISION_APPROVE, null);
        driver.decide(DEPUTY, pi, TASK_REVIEW_BY_DEPUTY, DECISION_RETURN, "Làm rõ kiến nghị");
        assertWorkingAt(pi, TASK_REVISE_DRAFT);
        driver.draft(pi, TASK_REVISE_DRAFT, SPECIALIST, "Dự thảo lần 2");
        driver.decide(HEAD, pi, TASK_REVIEW_BY_HEAD, DECISION_APPROVE, null);
        driver.decide(DEPUTY, pi, TASK_REVIEW_BY_DEPUTY, DECISION_APPROVE, null);
        assertWorkingAt(pi, TASK_SIGN_BY_DIRECTOR);
        assertThat(actions(pi)).containsSubsequence(DirectiveAction.APPROVED, DirectiveAction.RETURNED,
                DirectiveAction.DRAFT_SUBMITTED, DirectiveAction.APPROVED, DirectiveAction.APPROVED);
    }

    @Test
    void directorReturns_toTheSpecialist_orToTheDeputy() {
        ProcessInstance pi = atHeadReview();
        driver.decide(HEAD, pi, TASK_REVIEW_BY_HEAD, DECISION_APPROVE, null);
        driver.decide(DEPUTY, pi, TASK_REVIEW_BY_DEPUTY, DECISION_APPROVE, null);

        refused(() -> driver.decide(DIRECTOR, pi, TASK_SIGN_BY_DIRECTOR, DECISION_RETURN_TO_DEPUTY, null))
                ;
        driver.decide(DIRECTOR, pi, TASK_SIGN_BY_DIRECTOR, DECISION_RETURN_TO_DEPUTY, "PGĐ xem lại phần kinh phí");
        assertThat(pi).task(TASK_REVIEW_BY_DEPUTY).isAssignedTo(DEPUTY);
        assertThat(lastEvent(pi).comment()).isEqualTo("Trả lại Phó Giám đốc: PGĐ xem lại phần kinh phí");
        assertThat(record(pi).status()).isEqualTo(DirectiveStatus.IN_REVIEW);
        driver.decide(DEPUTY, pi, TASK_REVIEW_BY_DEPUTY, DECISION_APPROVE, "Đã rà soát");

        driver.decide(DIRECTOR, pi, TASK_SIGN_BY_DIRECTOR, DECISION_RETURN_TO_DRAFT, "Viết lại phần kiến nghị");
        assertWorkingAt(pi, TASK_REVISE_DRAFT);
        assertThat(record(pi).status()).isEqualTo(DirectiveStatus.IN_PROGRESS);
        driver.draft(pi, TASK_REVISE_DRAFT, SPECIALIST, "Dự thảo lần 2");
        driver.decide(HEAD, pi, TASK_REVIEW_BY_HEAD, DECISION_APPROVE, null);
        driver.decide(DEPUTY, pi, TASK_REVIEW_BY_DEPUTY, DECISION_APPROVE, null);
        driver.decide(DIRECTOR, pi, TASK_SIGN_BY_DIRECTOR, DECISION_SIGN, null);
        driver.close(pi, null, null, "Đã báo cáo UBND tỉnh qua hệ thống văn bản điều hành");
        assertThat(pi).isEnded();
        assertThat(record(pi).completionReport()).startsWith("Đã báo cáo UBND tỉnh");
    }

    @Test
    void headReassignsTheDraftToAnotherSpecialist_andTheRevisionFollows() {
        ProcessInstance pi = drafting(List.of());
        Task draft = driver.task(HEAD, pi, TASK_DRAFT);

        // A specialist cannot hand the work to a colleague.
        refused(() -> driver.as(SPECIALIST, () -> {
            tasks.setAssignee(draft.getId(), OTHER_SPECIALIST);
            return null;
        })).hasMessageContaining("chỉ lãnh đạo");
        assertThat(record(pi).assignee()).isEqualTo(SPECIALIST);

        driver.as(HEAD, () -> {
            tasks.setAssignee(draft.getId(), OTHER_SPECIALIST);
            return null;
        });
        assertThat(record(pi).assignee()).isEqualTo(OTHER_SPECIALIST);
        assertThat(record(pi).currentActor()).isEqualTo(OTHER_SPECIALIST);
        DirectiveEvent reassigned = lastEvent(pi);
        assertThat(reassigned.action()).isEqualTo(DirectiveAction.REASSIGNED);
        assertThat(reassigned.actor()).isEqualTo(HEAD);
        assertThat(reassigned.comment()).isEqualTo("Từ Hồ Thị Thu sang Vũ Đức Anh");
        assertThat(driver.as(SPECIALIST, () -> tasks.createTaskQuery().taskAssignee(SPECIALIST)
                .processInstanceId(pi.getId()).count())).as("no longer in the first specialist's tasks").isZero();
        assertThat(pi).task(TASK_DRAFT).isAssignedTo(OTHER_SPECIALIST);

        driver.draft(pi, TASK_DRAFT, OTHER_SPECIALIST, "Dự thảo");
        driver.decide(HEAD, pi, TASK_REVIEW_BY_HEAD, DECISION_RETURN, "Sửa lại");
        assertThat(pi).task(TASK_REVISE_DRAFT).isAssignedTo(OTHER_SPECIALIST);
    }

    @Test
    void closingWithoutAResult_isRefused_andLeavesTheDirectiveOpen() {
        ProcessInstance pi = atHeadReview();
        driver.decide(HEAD, pi, TASK_REVIEW_BY_HEAD, DECISION_APPROVE, null);
        driver.decide(DEPUTY, pi, TASK_REVIEW_BY_DEPUTY, DECISION_APPROVE, null);
        driver.decide(DIRECTOR, pi, TASK_SIGN_BY_DIRECTOR, DECISION_SIGN, null);

        refused(() -> driver.close(pi, null, null, null))
                .hasMessageContaining("không được kết thúc nhiệm vụ khi chưa có kết quả");
        refused(() -> driver.close(pi, "789/SCT", null, null))
                .hasMessageContaining("Ngày ban hành: bắt buộc");
        refused(() -> driver.close(pi, "789/SCT", LocalDate.now().plusDays(1), null))
                .hasMessageContaining("không được sau ngày hôm nay");
        assertThat(pi).isWaitingAt(TASK_ISSUE_AND_CLOSE);
        assertThat(record(pi).status()).isEqualTo(DirectiveStatus.SIGNED);
        assertThat(record(pi).closedAt()).isNull();
        assertThat(actions(pi)).doesNotContain(DirectiveAction.CLOSED);

        driver.close(pi, "789/SCT", LocalDate.now(), null);
        assertThat(pi).isEnded();
    }

    @Test
    void badRegistration_isRefusedWithTheField_andWritesNothing() {
        long directivesBefore = count("directive");
        long instancesBefore = history.createHistoricProcessInstanceQuery().count();
        Map<String, Object> form = driver.registration(LocalDate.now().plusDays(5));
        form.put("sourceSummary", "");
        refused(() -> driver.register(form))
                .hasMessage("Trích yếu: bắt buộc phải nhập");

        Map<String, Object> early = driver.registration(LocalDate.now().minusDays(10));
        refused(() -> driver.register(early))
                .hasMessageStartingWith("Thời hạn hoàn thành: không được trước ngày văn bản giao");

        Map<String, Object> unknownSource = driver.registration(LocalDate.now().plusDays(5));
        unknownSource.put("sourceType", "KHAC");
        refused(() -> driver.register(unknownSource))
                .extracting(e -> ((ValidationException) e).field()).isEqualTo("sourceType");

        Map<String, Object> badDate = driver.registration(LocalDate.now().plusDays(5));
        badDate.put("sourceDocDate", "31/02/2026");
        refused(() -> driver.register(badDate))
                .hasMessage("Ngày văn bản: không có ngày này trong lịch: 31/02/2026");

        assertThat(count("directive")).as("no directive without its process").isEqualTo(directivesBefore);
        assertThat(history.createHistoricProcessInstanceQuery().count()).as("no process without its record")
                .isEqualTo(instancesBefore);
    }

    @Test
    void badAssignment_isRefused_andTheTaskStaysWithTheDirector() {
        ProcessInstance pi = driver.register();
        refused(() -> driver.assign(pi, "QLCN", List.of("QLCN"), null))
                
                .hasMessage("Phòng phối hợp: phòng chủ trì không đồng thời là phòng phối hợp");
        refused(() -> driver.assign(pi, "QLCN", List.of(), "qlcn.tp"))
                
                .hasMessage("Phó Giám đốc phụ trách: qlcn.tp không phải là Phó Giám đốc Sở");
        refused(() -> driver.assign(pi, "XYZ", List.of(), null))
                .hasMessageContaining("Phòng chủ trì");
        assertWorkingAt(pi, TASK_ASSIGN);
        assertThat(record(pi).status()).isEqualTo(DirectiveStatus.REGISTERED);
        assertThat(actions(pi)).containsExactly(DirectiveAction.REGISTERED);

        driver.assign(pi, "QLTM", List.of("QLCN"), "pgd.tuan");
        assertThat(record(pi).deputyInCharge()).as("the Director may choose another deputy").isEqualTo("pgd.tuan");
        refused(() -> driver.assignSpecialist(pi, "qltm.tp", SPECIALIST))
                
                .hasMessage("Chuyên viên thụ lý: qlcn.cv1 không thuộc Phòng Quản lý Thương mại");
    }

    @Test
    void onlyTheOfficeRegisters_andStaffSeeOnlyTheirDivisionsTasks() {
        assertThatThrownBy(() -> driver.registerAs(SPECIALIST, driver.registration(LocalDate.now().plusDays(9))))
                .isInstanceOf(AuthorizationException.class).hasMessageContaining("does not have 'CREATE_INSTANCE' permission on resource 'directive-lifecycle'");
        ProcessInstance pi = drafting(List.of());
        assertThat(driver.as("qltm.cv1", () -> tasks.createTaskQuery().processInstanceId(pi.getId()).count()))
                .isZero();
        assertThat(driver.as("qltm.tp", () -> tasks.createTaskQuery().processInstanceId(pi.getId()).count()))
                .isZero();
        assertThat(driver.as(HEAD, () -> tasks.createTaskQuery().processInstanceId(pi.getId()).count()))
                .isOne();
        assertThat(driver.as(OFFICE, () -> tasks.createTaskQuery().processInstanceId(pi.getId()).count()))
                .as("the Office monitors everything").isOne();
        Task draft = driver.task(SPECIALIST, pi, TASK_DRAFT);
        assertThatThrownBy(() -> driver.as("qltm.cv1", () -> {
            tasks.complete(draft.getId());
            return null;
        })).isInstanceOf(AuthorizationException.class);
    }

    private Set<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream().filter(l -> "candidate".equals(l.getType()))
                .map(IdentityLink::getGroupId).collect(java.util.stream.Collectors.toSet());
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
