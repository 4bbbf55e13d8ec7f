package vn.sct.tracker.report;

import static vn.sct.tracker.support.EngineClock.clock;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import vn.sct.tracker.process.extension.DirectiveExtension;
import vn.sct.tracker.process.lifecycle.DirectiveLifecycle;
import vn.sct.tracker.support.LifecycleDriver;

/**
 * Directives made the way the Department makes them, through the diagrams as the demo people, at chosen
 * moments (engine clock), so reports can be checked against a month whose every figure is known.
 */
@Component
public class ReportScenario {

    private final LifecycleDriver driver;
    private final FormService forms;
    private final RepositoryService repository;

    public ReportScenario(LifecycleDriver driver, FormService forms, RepositoryService repository) {
        this.driver = driver;
        this.forms = forms;
        this.repository = repository;
    }

    /** Registered by the Office at {@code at} (Hà Nội time), Director's own directive. */
    public ProcessInstance register(String at, String deadline, String summary) {
        clock(at);
        Map<String, Object> form = driver.registration(LocalDate.parse(deadline));
        form.put("sourceType", "GIAM_DOC_SO");
        form.put("sourceSummary", summary);
        return driver.register(form);
    }

    /** Registered, assigned to {@code division}, its first specialist chosen, all at {@code at}. */
    public ProcessInstance assigned(String at, String division, String deadline, String summary) {
        ProcessInstance pi = register(at, deadline, summary);
        driver.assign(pi, division, List.of(), null);
        String code = division.toLowerCase();
        driver.assignSpecialist(pi, code + ".tp", code + ".cv1");
        return pi;
    }

    /** Drafted, reviewed, signed and closed by the Office at {@code at}. */
    public void close(ProcessInstance pi, String division, String at) {
        clock(at);
        String code = division.toLowerCase();
        String deputy = "QLTM".equals(division) || "KHTC".equals(division) || "TTKC".equals(division) ? "pgd.lan"
                : "VP".equals(division) || "TTRA".equals(division) ? "pgd.tuan" : "pgd.hai";
        driver.draft(pi, DirectiveLifecycle.TASK_DRAFT, code + ".cv1", "Dự thảo văn bản");
        driver.decide(code + ".tp", pi, DirectiveLifecycle.TASK_REVIEW_BY_HEAD, DirectiveLifecycle.DECISION_APPROVE, null);
        driver.decide(deputy, pi, DirectiveLifecycle.TASK_REVIEW_BY_DEPUTY, DirectiveLifecycle.DECISION_APPROVE, null);
        driver.decide(LifecycleDriver.DIRECTOR, pi, DirectiveLifecycle.TASK_SIGN_BY_DIRECTOR,
                DirectiveLifecycle.DECISION_SIGN, null);
        driver.close(pi, "15/BC-SCT", LocalDate.parse(at.substring(0, 10)), "Đã hoàn thành");
    }

    /** The lead division's specialist asks at {@code askedAt}; the Office supports; the Director approves at {@code grantedAt}. */
    public void extend(ProcessInstance pi, String division, String askedAt, String proposed, String reason,
                       String grantedAt) {
        clock(askedAt);
        String definition = repository.createProcessDefinitionQuery()
                .processDefinitionKey(DirectiveExtension.PROCESS_KEY).latestVersion().singleResult().getId();
        Map<String, Object> v = new HashMap<>();
        v.put(DirectiveExtension.FIELD_DIRECTIVE_ID, pi.getBusinessKey());
        v.put(DirectiveExtension.FIELD_PROPOSED_DEADLINE, proposed);
        v.put(DirectiveExtension.FIELD_REASON, reason);
        v.put(DirectiveExtension.FIELD_ATTACHMENT, "");
        ProcessInstance ext = driver.as(division.toLowerCase() + ".cv1", () -> forms.submitStartForm(definition, v));
        clock(grantedAt);
        driver.submit(LifecycleDriver.OFFICE, ext, DirectiveExtension.TASK_OFFICE_REVIEW, Map.of(
                DirectiveExtension.FIELD_OFFICE_SUPPORTS, "SUPPORT", DirectiveExtension.FIELD_OFFICE_OPINION, "Đồng ý"));
        Map<String, Object> d = new HashMap<>();
        d.put(DirectiveExtension.FIELD_DECISION, DirectiveExtension.DECISION_APPROVE);
        d.put(DirectiveExtension.FIELD_OTHER_DEADLINE, "");
        d.put(DirectiveExtension.FIELD_COMMENT, "");
        driver.submit(LifecycleDriver.DIRECTOR, ext, DirectiveExtension.TASK_DIRECTOR_DECISION, d);
    }
}
