package vn.sct.tracker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.sct.tracker.calendar.WorkingCalendar;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.support.ApiClient;
import vn.sct.tracker.support.PostgresProcessTest;

/** Directives sent by other systems through {@code POST /api/directives}, as the Office and as others. */
class DirectiveIntakeApiTest extends PostgresProcessTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired HistoryService history;
    @Autowired WorkingCalendar calendar;
    @Autowired org.camunda.bpm.engine.TaskService tasks;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port, PASSWORD);
    }

    static Map<String, Object> directive(String key) {
        Map<String, Object> d = new HashMap<>();
        d.put("externalId", key);
        d.put("sourceType", "UBND_TINH");
        d.put("sourceDocNumber", "125/UBND-KT1");
        d.put("sourceDocDate", AppClock.today().minusDays(3).toString());
        d.put("sourceIssuer", "UBND tỉnh Hà Tĩnh");
        d.put("sourceSummary", "Báo cáo tình hình thực hiện các dự án điện gió");
        d.put("deadline", AppClock.today().plusDays(30).toString());
        return d;
    }

    private StoredCounts counts() {
        return StoredCounts.of(jdbc, history);
    }

    @Test
    void theOfficeRegistersOneDirective_recordLifecycleAndTrailAtOnce_aRetryReturnsTheSame() {
        String key = "VB-" + UUID.randomUUID();
        StoredCounts before = counts();
        ApiClient.Answer created = api.postJson("vp.cv1", "/api/directives", directive(key));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        Map<String, Object> body = created.json();
        String id = (String) body.get("id");
        assertThat(created.header("Location")).endsWith("/api/directives/" + id);
        assertThat(body).containsEntry("status", "REGISTERED").containsEntry("sourceType", "UBND_TINH")
                .containsEntry("createdBy", "vp.cv1").containsKey("processInstanceId");
        assertThat((List<Map<String, Object>>) body.get("events")).extracting(e -> e.get("action"))
                .containsExactly("REGISTERED", "DEADLINE_SCHEDULED");
        assertThat((List<Map<String, Object>>) body.get("openTasks")).singleElement().satisfies(t -> {
            assertThat(t).containsEntry("step", "Task_AssignDirective").containsEntry("processKey", "directive-lifecycle");
            assertThat((List<String>) t.get("candidateGroups")).containsExactly("director");
        });
        assertThat(counts().minus(before)).isEqualTo(new StoredCounts(1, 2, 1, 0, 1));
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(id).count()).isEqualTo(1);

        ApiClient.Answer again = api.postJson("vp.cv1", "/api/directives", directive(key));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json()).containsEntry("id", id);
        assertThat(counts().minus(before)).as("a retried delivery makes nothing")
                .isEqualTo(new StoredCounts(1, 2, 1, 0, 1));

        Map<String, Object> changed = directive(key);
        changed.put("deadline", AppClock.today().plusDays(31).toString());
        ApiClient.Answer conflict = api.postJson("vp.cv1", "/api/directives", changed);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json()).containsEntry("field", "externalId");
        assertThat((String) conflict.json().get("message")).contains(key).contains(id).contains("nội dung khác");
        assertThat(counts().minus(before)).isEqualTo(new StoredCounts(1, 2, 1, 0, 1));

        ApiClient.Answer read = api.get("vp.cv1", "/api/directives/" + id);
        assertThat(read.json()).containsEntry("id", id).containsKey("openTasks");
    }

    @Test
    void onlyWhoMayRegister_andAKnownKeyIsNotRevealedToOthers() {
        String key = "VB-" + UUID.randomUUID();
        assertThat(api.postJson("vp.cv1", "/api/directives", directive(key)).status()).isEqualTo(201);
        StoredCounts before = counts();
        for (String user : List.of("qlcn.cv1", "qlcn.tp", "giamdoc")) {
            ApiClient.Answer refused = api.postJson(user, "/api/directives", directive(key));
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.text()).doesNotContain("NV-");
            assertThat(api.postJson(user, "/api/directives", directive("VB-" + UUID.randomUUID())).status())
                    .isEqualTo(403);
        }
        assertThat(api.postJson(null, "/api/directives", directive(key)).status()).isEqualTo(401);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aDeadlineOnADayOff_isAccepted_andTheAnswerSaysTheEffectiveDeadlineAndWhy() {
        LocalDate sunday = AppClock.today().plusDays(20).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        Map<String, Object> d = directive("VB-" + UUID.randomUUID());
        d.put("deadline", vn.sct.tracker.common.VietnameseFormat.date(sunday));
        ApiClient.Answer created = api.postJson("vp.cv1", "/api/directives", d);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        LocalDate effective = calendar.addWorkingDays(sunday, 0);
        assertThat(created.json()).containsEntry("deadline", sunday.toString())
                .containsEntry("effectiveDeadline", effective.toString());
        assertThat((String) created.json().get("deadlineNote")).contains(vn.sct.tracker.common.VietnameseFormat.date(sunday))
                .contains("Chủ nhật").contains(vn.sct.tracker.common.VietnameseFormat.date(effective));
        String task = tasks.createTaskQuery().processInstanceBusinessKey((String) created.json().get("id")).singleResult()
                .getId();
        assertThat((String) tasks.getVariable(task, "directiveFacts")).as("the Director's form says it too")
                .contains("là ngày nghỉ (Chủ nhật)").contains(vn.sct.tracker.common.VietnameseFormat.date(effective));

        Map<String, Object> weekday = directive("VB-" + UUID.randomUUID());
        weekday.put("deadline", calendar.addWorkingDays(AppClock.today().plusDays(20), 0).toString());
        assertThat(api.postJson("vp.cv1", "/api/directives", weekday).json().get("deadlineNote")).isNull();
    }

    @Test
    void htmlIsTextLikeAnyOther_storedAsTyped_answeredAsJson() {
        Map<String, Object> d = directive("VB-" + UUID.randomUUID());
        String html = "<script>alert('x')</script><b onclick=\"x()\">Báo cáo</b> & <i>gấp</i>";
        d.put("sourceSummary", html);
        ApiClient.Answer created = api.postJson("vp.cv1", "/api/directives", d);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Content-Type")).startsWith("application/json");
        assertThat(created.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(api.get("vp.cv1", "/api/directives/" + created.json().get("id")).json())
                .containsEntry("sourceSummary", html);
    }

    @Test
    void search_filtersSortsPagesAndCounts() {
        String tag = "Tìm-" + UUID.randomUUID().toString().substring(0, 6);
        LocalDate today = AppClock.today();
        String[][] made = {{"UBND_TINH", "40"}, {"UBND_TINH", "10"}, {"GIAM_DOC_SO", "25"}, {"UBND_TINH", "70"}};
        List<String> ids = new java.util.ArrayList<>();
        for (String[] m : made) {
            Map<String, Object> d = directive("VB-" + UUID.randomUUID());
            d.put("sourceType", m[0]);
            d.put("sourceSummary", "Nhiệm vụ " + tag + " về ĐIỆN GIÓ");
            d.put("deadline", today.plusDays(Integer.parseInt(m[1])).toString());
            ids.add((String) api.postJson("vp.cv1", "/api/directives", d).json().get("id"));
        }
        String q = "&q=" + java.net.URLEncoder.encode(tag.toLowerCase(java.util.Locale.ROOT) + " về điện gió",
                java.nio.charset.StandardCharsets.UTF_8);
        ApiClient.Answer all = api.get("vp.cv1", "/api/directives?limit=10" + q);
        assertThat(all.header("X-Total-Count")).isEqualTo("4");
        assertThat(all.jsonList()).extracting(v -> v.get("id")).containsExactly(ids.get(3), ids.get(2), ids.get(1),
                ids.get(0));

        ApiClient.Answer province = api.get("vp.cv1", "/api/directives?sourceType=UBND_TINH&sort=deadline&limit=2" + q
                + "&deadlineFrom=" + vn.sct.tracker.common.VietnameseFormat.date(today.plusDays(10))
                + "&deadlineTo=" + today.plusDays(70));
        assertThat(province.header("X-Total-Count")).isEqualTo("3");
        assertThat(province.jsonList()).extracting(v -> v.get("id")).containsExactly(ids.get(1), ids.get(0));
        assertThat(province.header("Link")).contains("page=1").contains("rel=\"next\"");
        ApiClient.Answer second = api.get("vp.cv1", "/api/directives?sourceType=UBND_TINH&sort=deadline&limit=2&page=1"
                + q + "&deadlineFrom=" + today.plusDays(10) + "&deadlineTo=" + today.plusDays(70));
        assertThat(second.jsonList()).extracting(v -> v.get("id")).containsExactly(ids.get(3));
        assertThat(api.get("vp.cv1", "/api/directives?registeredFrom=" + today + "&registeredTo=" + today + q)
                .header("X-Total-Count")).isEqualTo("4");
        assertThat(api.get("vp.cv1", "/api/directives?registeredTo=" + today.minusDays(1) + q)
                .header("X-Total-Count")).isEqualTo("0");
        assertThat(api.get("qlcn.cv1", "/api/directives?limit=10" + q).header("X-Total-Count"))
                .as("a division reads only its own: none is assigned yet").isEqualTo("0");
        assertThat(api.get("vp.cv1", "/api/directives?q=%25" + q).header("X-Total-Count"))
                .as("a wildcard is a character like any other").isEqualTo("0");

        for (String[] bad : new String[][] {{"sort=colour", "sort"}, {"deadlineFrom=2027-02-30", "deadlineFrom"},
                {"registeredTo=yesterday", "registeredTo"}, {"sourceType=KHAC", "sourceType"}, {"page=-1", "page"},
                {"page=999999", "page"}, {"limit=0", "limit"}, {"sort=deadline&before=" + ids.get(0), "before"},
                {"status=OPEN", "status"}, {"q=%00", "q"}}) {
            ApiClient.Answer refused = api.get("vp.cv1", "/api/directives?" + bad[0]);
            assertThat(refused.status()).as(bad[0]).isEqualTo(400);
            assertThat(refused.json()).as(bad[0]).containsEntry("field", bad[1]);
        }
    }

    @Test
    void theApiIsDescribed_withItsExamples() {
        ApiClient.Answer docs = api.get("vp.cv1", "/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.text()).contains("/api/directives").contains("/api/directive-imports")
                .contains("/api/directive-imports/template").contains("000.00.12.H23-2027-00015")
                .contains("Idempotent-Replayed").contains("X-Total-Count");
    }
}
