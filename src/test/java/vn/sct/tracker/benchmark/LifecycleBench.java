package vn.sct.tracker.benchmark;

import static vn.sct.tracker.process.lifecycle.DirectiveLifecycle.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.builder.AbstractFlowNodeBuilder;
import org.camunda.bpm.model.bpmn.builder.UserTaskBuilder;
import vn.sct.tracker.common.AppClock;

/**
 * Full directive lifecycles driven over {@code /engine-rest} by concurrent people, through the product
 * (the start form, seven task forms with the product's listeners, services and deadline watch) and through
 * a bare process of the same shape (seven user tasks, each with a non-interrupting boundary timer, no
 * product code), in alternating slices of the same run so that both meet the same machine. Both sides make
 * the same calls, as Tasklist does: find the task, claim it, submit its form.
 */
final class LifecycleBench {

    static final String BARE_KEY = "bare-lifecycle";
    private static final String OFFICE = "vp.cv1";

    /** Who does each of the seven steps, the task, and what they submit. */
    private record Step(String user, String task, Map<String, Object> values) {
    }

    private static final List<Step> STEPS = List.of(
            new Step("giamdoc", TASK_ASSIGN, vars("leadDivision", "QLCN", "coordinatingDivisions", json("[]"),
                    "assignNote", "Khẩn trương thực hiện")),
            new Step("qlcn.tp", TASK_ASSIGN_SPECIALIST, vars("specialist", "qlcn.cv1")),
            new Step("qlcn.cv1", TASK_DRAFT, vars("draftSummary", "Dự thảo báo cáo", "draftReference", "DT-01.docx")),
            new Step("qlcn.tp", TASK_REVIEW_BY_HEAD, vars("decision", DECISION_APPROVE, "comment", "Đồng ý")),
            new Step("pgd.hai", TASK_REVIEW_BY_DEPUTY, vars("decision", DECISION_APPROVE, "comment", "Đồng ý")),
            new Step("giamdoc", TASK_SIGN_BY_DIRECTOR, vars("decision", DECISION_SIGN, "comment", "Ký")),
            new Step(OFFICE, TASK_ISSUE_AND_CLOSE, vars("resultDocNumber", "125/SCT-VP", "resultDocDate",
                    AppClock.today().toString(), "completionReport", "Đã báo cáo UBND tỉnh")));

    /** Figures of one side at one number of users, summed over its slices. */
    static final class Side {
        final String name;
        final Latencies steps = new Latencies();
        final Map<String, Latencies> byStep = new LinkedHashMap<>();
        final AtomicInteger lifecycles = new AtomicInteger();
        final AtomicLong nanos = new AtomicLong();

        Side(String name) {
            this.name = name;
        }

        double perSecond() {
            return lifecycles.get() / (nanos.get() / 1e9);
        }
    }

    private final Http http;

    LifecycleBench(Http http) {
        this.http = http;
    }

    /** Deploys the bare process and lets the Office start it, as it may start the product's lifecycle. */
    static void deployBare(RepositoryService repository, AuthorizationService authorizations) {
        AbstractFlowNodeBuilder<?, ?> flow = Bpmn.createExecutableProcess(BARE_KEY).name("Bare lifecycle")
                .camundaHistoryTimeToLive(180).startEvent();
        for (Step step : STEPS) {
            UserTaskBuilder task = flow.userTask(step.task()).camundaCandidateUsers(step.user());
            task.boundaryEvent(step.task() + "_Late").cancelActivity(false).timerWithDuration("P30D")
                    .endEvent(step.task() + "_LateEnd");
            flow = task;
        }
        repository.createDeployment().name(BARE_KEY).addModelInstance(BARE_KEY + ".bpmn", flow.endEvent().done())
                .deploy();
        Authorization definition = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        definition.setUserId(OFFICE);
        definition.setResource(Resources.PROCESS_DEFINITION);
        definition.setResourceId(BARE_KEY);
        definition.addPermission(Permissions.READ);
        definition.addPermission(Permissions.CREATE_INSTANCE);
        authorizations.saveAuthorization(definition);
    }

    /** Alternating product and bare slices of the given length, {@code rounds} times each. */
    List<Side> run(int users, int rounds, long sliceMillis) throws Exception {
        Side product = new Side("product");
        Side bare = new Side("bare");
        for (int r = 0; r < rounds; r++) {
            slice(product, users, sliceMillis, true);
            slice(bare, users, sliceMillis, false);
        }
        return List.of(product, bare);
    }

    private void slice(Side side, int users, long millis, boolean viaProduct) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(users);
        long start = System.nanoTime();
        long end = start + millis * 1_000_000;
        List<Future<Integer>> done = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            done.add(pool.submit(() -> {
                int count = 0;
                while (System.nanoTime() < end) {
                    lifecycle(side, viaProduct);
                    count++;
                }
                return count;
            }));
        }
        for (Future<Integer> f : done) {
            side.lifecycles.addAndGet(f.get());
        }
        side.nanos.addAndGet(System.nanoTime() - start);
        pool.shutdown();
    }

    private void lifecycle(Side side, boolean viaProduct) {
        Map<String, Object> registration = vars("sourceType", "UBND_TINH", "sourceDocNumber", "1234/UBND-KT",
                "sourceDocDate", AppClock.today().minusDays(2).toString(), "sourceIssuer", "UBND tỉnh",
                "sourceSummary", "Báo cáo tình hình phát triển cụm công nghiệp", "content", "Sở chủ trì, tham mưu",
                "deadline", AppClock.today().plusDays(30).toString());
        String instance = timed(side, "register", () -> viaProduct
                ? http.post(OFFICE, "/engine-rest/process-definition/key/" + PROCESS_KEY + "/submit-form",
                        Map.of("variables", registration)).get("id").asText()
                : http.post(OFFICE, "/engine-rest/process-definition/key/" + BARE_KEY + "/start",
                        Map.of("variables", registration)).get("id").asText());
        for (Step step : STEPS) {
            timed(side, step.task(), () -> {
                JsonNode found = timed(side, "find", () -> http.get(step.user(),
                        "/engine-rest/task?processInstanceId=" + instance + "&taskDefinitionKey=" + step.task()));
                if (found.size() != 1) {
                    throw new IllegalStateException(step.user() + " sees " + found.size() + " " + step.task());
                }
                String task = found.get(0).get("id").asText();
                if (found.get(0).get("assignee").isNull()) {
                    timed(side, "claim", () -> http.post(step.user(), "/engine-rest/task/" + task + "/claim",
                            Map.of("userId", step.user())));
                }
                timed(side, "submit", () -> http.post(step.user(), "/engine-rest/task/" + task + "/submit-form",
                        Map.of("variables", step.values())));
                return task;
            });
        }
    }

    private static final java.util.Set<String> CALLS = java.util.Set.of("find", "claim", "submit");

    /** Times a step (into the step figures) or one call within a step (find, claim, submit). */
    private static <T> T timed(Side side, String step, java.util.function.Supplier<T> call) {
        long start = System.nanoTime();
        T result = call.get();
        long elapsed = System.nanoTime() - start;
        if (!CALLS.contains(step)) {
            side.steps.add(elapsed);
        }
        synchronized (side.byStep) {
            side.byStep.computeIfAbsent(step, k -> new Latencies());
        }
        side.byStep.get(step).add(elapsed);
        return result;
    }

    private static Map<String, Object> vars(Object... keysAndValues) {
        Map<String, Object> v = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            v.put((String) keysAndValues[i], value instanceof Map<?, ?> ? value : Map.of("value", value));
        }
        return v;
    }

    private static Map<String, Object> json(String value) {
        return Map.of("value", value, "type", "Json");
    }
}
