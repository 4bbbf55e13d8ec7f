package vn.sct.tracker.support;

import vn.sct.tracker.process.lifecycle.DirectiveLifecycle;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Plays the people of the demo Department through {@code directive-lifecycle} the way Tasklist does:
 * submitting the start form and the task forms as the logged-in user, with authorization checks on.
 */
@Component
public class LifecycleDriver {

    public static final String OFFICE = "vp.cv1";
    public static final String DIRECTOR = "giamdoc";
    public static final String DEPUTY = "pgd.hai";
    public static final String HEAD = "qlcn.tp";
    public static final String SPECIALIST = "qlcn.cv1";
    public static final String OTHER_SPECIALIST = "qlcn.cv2";

    private final FormService forms;
    private final TaskService tasks;
    private final IdentityService identity;
    private final RepositoryService repository;

    public LifecycleDriver(FormService forms, TaskService tasks, IdentityService identity,
                           RepositoryService repository) {
        this.forms = forms;
        this.tasks = tasks;
        this.identity = identity;
        this.repository = repository;
    }

    public Map<String, Object> registration(LocalDate deadline) {
        Map<String, Object> v = new HashMap<>();
        v.put("sourceType", "UBND_TINH");
        v.put("sourceDocNumber", "1234/UBND-KT");
        v.put("sourceDocDate", vn.sct.tracker.common.AppClock.today().minusDays(2).toString());
        v.put("sourceIssuer", "UBND tỉnh Hà Tĩnh");
        v.put("sourceSummary", "Báo cáo tình hình phát triển cụm công nghiệp");
        v.put("content", "Sở Công Thương chủ trì, tham mưu báo cáo UBND tỉnh.");
        v.put("deadline", deadline.toString());
        return v;
    }

    public ProcessInstance register(Map<String, Object> form) {
        return registerAs(OFFICE, form);
    }

    public ProcessInstance registerAs(String user, Map<String, Object> form) {
        String definitionId = repository.createProcessDefinitionQuery()
                .processDefinitionKey(DirectiveLifecycle.PROCESS_KEY).latestVersion().singleResult().getId();
        return as(user, () -> forms.submitStartForm(definitionId, form));
    }

    public ProcessInstance register() {
        return register(registration(vn.sct.tracker.common.AppClock.today().plusDays(20)));
    }

    /** The one open task of the instance at the given activity, as seen by that user. */
    public Task task(String user, ProcessInstance pi, String activityId) {
        List<Task> found = as(user, () -> tasks.createTaskQuery().processInstanceId(pi.getId())
                .taskDefinitionKey(activityId).list());
        assertThat(found).as("%s sees one task %s", user, activityId).hasSize(1);
        return found.get(0);
    }

    public void submit(String user, Task task, Map<String, Object> values) {
        as(user, () -> {
            if (task.getAssignee() == null) {
                tasks.claim(task.getId(), user);
            }
            forms.submitTaskForm(task.getId(), values);
            return null;
        });
    }

    public void submit(String user, ProcessInstance pi, String activityId, Map<String, Object> values) {
        submit(user, task(user, pi, activityId), values);
    }

    public void assign(ProcessInstance pi, String lead, List<String> coordinating, String deputy) {
        assign(pi, lead, coordinating, deputy, null);
    }

    /** The Director's assignment; a non-null deadline replaces the registered one. */
    public void assign(ProcessInstance pi, String lead, List<String> coordinating, String deputy, LocalDate deadline) {
        Map<String, Object> v = new HashMap<>();
        if (deadline != null) {
            v.put("deadline", deadline.toString());
        }
        v.put("leadDivision", lead);
        v.put("coordinatingDivisions", org.camunda.spin.plugin.variable.SpinValues
                .jsonValue(toJson(coordinating)).create());
        v.put("deputyInCharge", deputy);
        v.put("assignNote", "Khẩn trương thực hiện");
        submit(DIRECTOR, pi, DirectiveLifecycle.TASK_ASSIGN, v);
    }

    public void assignSpecialist(ProcessInstance pi, String head, String specialist) {
        submit(head, pi, DirectiveLifecycle.TASK_ASSIGN_SPECIALIST, Map.of("specialist", specialist));
    }

    public void draft(ProcessInstance pi, String activityId, String specialist, String summary) {
        submit(specialist, pi, activityId, Map.of("draftSummary", summary, "draftReference", "DT-01.docx"));
    }

    public void decide(String user, ProcessInstance pi, String activityId, String decision, String comment) {
        Map<String, Object> v = new HashMap<>();
        v.put("decision", decision);
        v.put("comment", comment);
        submit(user, pi, activityId, v);
    }

    public void close(ProcessInstance pi, String number, LocalDate date, String report) {
        Map<String, Object> v = new HashMap<>();
        v.put("resultDocNumber", number);
        v.put("resultDocDate", date == null ? null : date.toString());
        v.put("completionReport", report);
        submit(OFFICE, pi, DirectiveLifecycle.TASK_ISSUE_AND_CLOSE, v);
    }

    /** From registration to the Office's closing step: QLCN, its specialist, every review approves. */
    public void workUntilClosing(ProcessInstance pi) {
        assign(pi, "QLCN", List.of(), null);
        assignSpecialist(pi, HEAD, SPECIALIST);
        draft(pi, DirectiveLifecycle.TASK_DRAFT, SPECIALIST, "Dự thảo báo cáo");
        decide(HEAD, pi, DirectiveLifecycle.TASK_REVIEW_BY_HEAD, DirectiveLifecycle.DECISION_APPROVE, null);
        decide(DEPUTY, pi, DirectiveLifecycle.TASK_REVIEW_BY_DEPUTY, DirectiveLifecycle.DECISION_APPROVE, null);
        decide(DIRECTOR, pi, DirectiveLifecycle.TASK_SIGN_BY_DIRECTOR, DirectiveLifecycle.DECISION_SIGN, null);
    }

    public <T> T as(String user, java.util.function.Supplier<T> action) {
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(g -> g.getId())
                .toList();
        identity.setAuthentication(user, groups);
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    private static String toJson(List<String> values) {
        return values.stream().map(s -> "\"" + s + "\"").collect(java.util.stream.Collectors.joining(",", "[", "]"));
    }
}
