package vn.sct.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.sct.tracker.support.LoopbackHttp;
import vn.sct.tracker.support.LoopbackHttp.Answer;

/**
 * The attacks found against the default jar, replayed over real HTTP against the whole application on its
 * zero-setup default (H2, demo organisation), mostly as an ordinary specialist ({@code qlcn.cv1}):
 * expressions in nested queries through every mount, scripts in deployments, connection exhaustion, locking
 * other people out, Cockpit's data for Tasklist users, malformed bodies. Attackers send from 127.0.0.2, the
 * accounts' owners from 127.0.0.1, as two machines of the Department's network would.
 */
@vn.sct.tracker.support.DefaultJarTest
class SecurityAttackTest {

    private static final String PASSWORD = vn.sct.tracker.support.DefaultJarTest.PASSWORD;
    private static final String SPECIALIST = "qlcn.cv1";
    private static final Pattern INTERNALS = Pattern.compile(
            "(?:\\b(?:java|javax|jakarta|org|com|vn)\\.[a-z0-9_]+\\.[A-Za-z0-9_.$]+)|Exception:|\\tat |\\n\\s+at ");

    @LocalServerPort int port;
    @Autowired TaskService tasks;
    @Autowired FilterService filters;
    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired IdentityService identity;
    @Autowired JdbcClient jdbc;
    @Autowired vn.sct.tracker.support.LifecycleDriver driver;

    private final ObjectMapper json = new ObjectMapper();
    private final Path marker = Path.of(System.getProperty("java.io.tmpdir"), "attack-" + UUID.randomUUID());

    @AfterEach
    void noCodeRan() {
        assertThat(marker).as("the server ran the attacker's command").doesNotExist();
        identity.clearAuthentication();
    }

    private String rce() {
        return "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('touch "
                + marker + "')}";
    }

    private LoopbackHttp owner() {
        return new LoopbackHttp("127.0.0.1", port);
    }

    private LoopbackHttp attacker() {
        return new LoopbackHttp("127.0.0.2", port);
    }

    private Answer basic(LoopbackHttp http, String user, String method, String path, String body) {
        return http.send(method, path, body == null ? null : "application/json", body, "Authorization",
                LoopbackHttp.basic(user, PASSWORD));
    }

    @Test
    void expressionsAreRefusedThroughEveryMountAndEveryNesting() throws Exception {
        LoopbackHttp rest = owner();
        String filterId = json.readTree(basic(rest, SPECIALIST, "GET", "/engine-rest/filter", null).body())
                .get(0).get("id").asText();
        String e = json.writeValueAsString(rce());
        List<String> bodies = List.of(
                "{\"dueAfterExpression\":" + e + "}",
                "{\"orQueries\":[{\"dueAfterExpression\":" + e + "}]}",
                "{\"orQueries\":[{\"assignee\":\"x\"},{\"followUpBeforeExpression\":" + e + "}]}",
                "{\"processDefinitionKey\":\"directive-lifecycle\",\"orQueries\":[{\"candidateGroupsExpression\":"
                        + e + "}]}",
                "{\"orQueries\":[{\"assigneeExpression\":" + e + ",\"assignee\":\"qlcn.cv1\"}]}");
        List<String> engineRest = List.of("/engine-rest/task", "/engine-rest/task/count",
                "/engine-rest/filter/" + filterId + "/list", "/engine-rest/filter/" + filterId + "/count",
                "/engine-rest/filter/" + filterId + "/singleResult");
        for (String path : engineRest) {
            for (String body : bodies) {
                Answer a = basic(rest, SPECIALIST, "POST", path, body);
                assertThat(a.status()).as("%s %s: %s", path, body, a.body()).isEqualTo(400);
                if (!path.endsWith("singleResult")) { // Camunda answers its own message there
                    assertThat(a.body()).contains("không được dùng biểu thức");
                }
            }
        }
        Answer get = basic(rest, SPECIALIST, "GET", "/engine-rest/task?dueAfterExpression="
                + java.net.URLEncoder.encode(rce(), java.nio.charset.StandardCharsets.UTF_8), null);
        assertThat(get.status()).isEqualTo(400);

        LoopbackHttp tasklist = owner();
        assertThat(tasklist.webappLogin("tasklist", SPECIALIST, PASSWORD).status()).isEqualTo(200);
        for (String path : List.of("/task", "/task/count", "/filter/" + filterId + "/list",
                "/filter/" + filterId + "/count")) {
            for (String body : bodies) {
                Answer a = tasklist.webapp("POST", "/camunda/api/engine/engine/default" + path, body);
                assertThat(a.status()).as("webapp %s %s: %s", path, body, a.body()).isEqualTo(400);
            }
        }
        assertThat(tasklist.webapp("POST", "/camunda/api/engine/engine/default/task", "{}").status())
                .as("the same query without an expression").isEqualTo(200);
    }

    @Test
    void theJavaApiAndStoredFiltersRefuseNestedExpressionsToo() {
        assertThatThrownBy(() -> tasks.createTaskQuery().or().dueAfterExpression(rce()).endOr().list())
                .isInstanceOf(BadUserRequestException.class).hasMessageContaining("biểu thức");
        var filter = filters.newTaskFilter("Bẫy").setQuery(tasks.createTaskQuery().or()
                .taskAssigneeExpression(rce()).endOr());
        assertThatThrownBy(() -> filters.saveFilter(filter)).isInstanceOf(BadUserRequestException.class);
        assertThat(filters.createFilterQuery().filterName("Bẫy").count()).isZero();
    }

    @Test
    void deploymentsWithScriptsAreRefused_andOnlyAdministratorsDeploy() {
        String scripted = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="t"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn">
                  <process id="attack" isExecutable="true" camunda:historyTimeToLive="1">
                    <startEvent id="s"/>
                    <sequenceFlow id="f1" sourceRef="s" targetRef="run"/>
                    <scriptTask id="run" scriptFormat="javascript"><script>java.lang.Runtime.getRuntime()</script></scriptTask>
                    <sequenceFlow id="f2" sourceRef="run" targetRef="e"/>
                    <endEvent id="e"/>
                  </process>
                </definitions>""";
        String listener = scripted.replace("<scriptTask id=\"run\" scriptFormat=\"javascript\"><script>"
                        + "java.lang.Runtime.getRuntime()</script></scriptTask>",
                "<task id=\"run\"><extensionElements><camunda:executionListener"
                        + " event=\"start\"><camunda:script scriptFormat=\"groovy\">1</camunda:script>"
                        + "</camunda:executionListener></extensionElements></task>");
        String condition = scripted.replace("<sequenceFlow id=\"f2\" sourceRef=\"run\" targetRef=\"e\"/>",
                        "<sequenceFlow id=\"f2\" sourceRef=\"run\" targetRef=\"e\"><conditionExpression"
                                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:type=\"tFormalExpression\""
                                + " language=\"javascript\">true</conditionExpression></sequenceFlow>")
                .replace("<scriptTask id=\"run\" scriptFormat=\"javascript\"><script>java.lang.Runtime.getRuntime()"
                        + "</script></scriptTask>", "<task id=\"run\"/>");
        for (String model : List.of(scripted, listener, condition)) {
            Answer a = deploy(owner(), "admin", model);
            assertThat(a.status()).as(a.body()).isEqualTo(400);
            assertThat(a.body()).contains("không được chứa mã kịch bản");
            assertThat(INTERNALS.matcher(a.body()).find()).as(a.body()).isFalse();
        }
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("attack").count()).isZero();
        String harmless = condition.replace(" language=\"javascript\">true", ">${true}");
        assertThat(deploy(owner(), "vp.cv1", harmless).status()).as("the Office may not deploy").isEqualTo(403);
        assertThat(deploy(owner(), SPECIALIST, harmless).status()).isEqualTo(403);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("attack").count()).isZero();
    }

    private Answer deploy(LoopbackHttp http, String user, String bpmn) {
        String boundary = "----attack" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nattack\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"attack.bpmn\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n--" + boundary + "--\r\n";
        return http.send("POST", "/engine-rest/deployment/create", "multipart/form-data; boundary=" + boundary, body,
                "Authorization", LoopbackHttp.basic(user, PASSWORD));
    }

    @Test
    void everyReadEndpointCalledMoreOftenThanThePoolHasConnections_andLoginStillWorks() {
        LoopbackHttp http = owner();
        for (int i = 0; i < 50; i++) {
            Answer a = basic(http, SPECIALIST, "GET", "/api/directives", null);
            assertThat(a.status()).as("call %d", i + 1).isEqualTo(200);
        }
        List<String> reads = List.of("/api/directives?status=IN_PROGRESS", "/api/directives?reportState=OPEN_OVERDUE",
                "/api/directives/NV-1900-00000", "/api/reports", "/api/reports/workload", "/api/reports/export",
                "/api/calendar/2026", "/api/calendar/add?date=2026-02-10&days=5", "/engine-rest/task",
                "/engine-rest/filter");
        for (String path : reads) {
            for (int i = 0; i < 12; i++) {
                assertThat(basic(http, SPECIALIST, "GET", path, null).status()).as(path).isLessThan(500);
            }
        }
        for (String path : List.of("/api/directives", "/api/monthly-reports", "/api/reports?division=QLCN")) {
            for (int i = 0; i < 12; i++) {
                assertThat(basic(http, "vp.cv1", "GET", path, null).status()).as(path).isEqualTo(200);
            }
        }
        assertThat(owner().webappLogin("tasklist", "qltm.cv2", PASSWORD).status()).isEqualTo(200);
        assertThat(basic(owner(), "giamdoc", "GET", "/engine-rest/task", null).status()).isEqualTo(200);
    }

    @Test
    void fiftyWrongPasswordsSlowTheAttackerDown_theOwnersStillLogIn() {
        for (String victim : List.of("qlcn.tp", "giamdoc", "admin")) {
            LoopbackHttp attacker = attacker();
            int throttled = 0;
            for (int i = 0; i < 50; i++) {
                Answer a = switch (i % 3) {
                    case 0 -> attacker.send("GET", "/engine-rest/task", null, null, "Authorization",
                            LoopbackHttp.basic(victim, "Sai@matkhau" + i));
                    case 1 -> attacker.send("GET", "/api/directives", null, null, "Authorization",
                            LoopbackHttp.basic(victim, "Sai@matkhau" + i));
                    default -> attacker.webappLogin("tasklist", victim, "Sai@matkhau" + i);
                };
                assertThat(a.status()).as("attempt %d on %s: %s", i + 1, victim, a.body()).isIn(401, 429);
                if (a.status() == 429) {
                    throttled++;
                    assertThat(a.header("Retry-After")).isNotNull();
                    assertThat(a.body()).contains("thử lại sau");
                }
            }
            assertThat(throttled).as("the attacker was slowed down").isGreaterThan(40);

            assertThat(basic(owner(), victim, "GET", "/engine-rest/task", null).status())
                    .as("%s on /engine-rest after 50 wrong passwords from another address", victim).isEqualTo(200);
            assertThat(basic(owner(), victim, "GET", "/api/directives", null).status()).isEqualTo(200);
            assertThat(owner().webappLogin("tasklist", victim, PASSWORD).status()).isEqualTo(200);
        }
    }

    @Test
    void anAddressThatSpraysWrongPasswordsOverManyLoginsWaits_whicheverLoginItTriesNext() {
        LoopbackHttp sprayer = new LoopbackHttp("127.0.0.3", port);
        List<String> logins = identity.createUserQuery().list().stream().map(u -> u.getId()).sorted().toList();
        int refused = 0;
        for (String login : logins) {
            int status = sprayer.send("GET", "/engine-rest/task", null, null, "Authorization",
                    LoopbackHttp.basic(login, "Sai@matkhau1")).status();
            assertThat(status).isIn(401, 429);
            refused += status == 429 ? 1 : 0;
        }
        assertThat(logins).hasSizeGreaterThan(21);
        assertThat(refused).as("after 20 wrong passwords the address itself waits").isGreaterThan(0);
        assertThat(sprayer.send("GET", "/engine-rest/task", null, null, "Authorization",
                LoopbackHttp.basic("qltm.tp", PASSWORD)).status()).isEqualTo(429);
        assertThat(basic(owner(), "qltm.tp", "GET", "/engine-rest/task", null).status()).isEqualTo(200);
    }

    @Test
    void theOwnerWhoMistypesWaitsASecondOnTheSameMachine_thenLogsIn() throws Exception {
        LoopbackHttp desk = new LoopbackHttp("127.0.0.4", port);
        assertThat(desk.send("GET", "/api/directives", null, null, "Authorization",
                LoopbackHttp.basic("qlnl.cv1", "Sai@matkhau1")).status()).isEqualTo(401);
        Answer tooSoon = basic(desk, "qlnl.cv1", "GET", "/api/directives", null);
        assertThat(tooSoon.status()).isEqualTo(429);
        assertThat(tooSoon.header("Retry-After")).isEqualTo("1");
        Answer english = desk.send("GET", "/api/directives", null, null, "Authorization",
                LoopbackHttp.basic("qlnl.cv1", PASSWORD), "Accept-Language", "en-US,en;q=0.9");
        assertThat(english.body()).contains("Too many wrong passwords");
        Thread.sleep(1_100);
        assertThat(basic(desk, "qlnl.cv1", "GET", "/api/directives", null).status()).isEqualTo(200);
    }

    @Test
    void cockpitsDataIsForCockpitUsersOnly() {
        String statistics = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";
        String count = "/camunda/api/cockpit/plugin/base/default/process-instance/count";
        String dashboard = "/camunda/api/cockpit/plugin/directive-dashboard/default/dashboard";
        assertThat(owner().get(statistics).status()).as("anonymous").isEqualTo(401);

        LoopbackHttp specialist = owner();
        assertThat(specialist.webappLogin("tasklist", "qltm.cv1", PASSWORD).status()).isEqualTo(200);
        assertThat(specialist.webapp("GET", statistics, null).status()).isEqualTo(403);
        assertThat(specialist.webapp("POST", count, "{}").status()).isEqualTo(403);
        assertThat(specialist.webapp("GET", dashboard, null).status()).isEqualTo(403);
        assertThat(specialist.webapp("GET", "/camunda/api/engine/engine/default/task/count", null).status())
                .as("Tasklist itself keeps working").isEqualTo(200);

        LoopbackHttp office = owner();
        assertThat(office.webappLogin("cockpit", "vp.cv1", PASSWORD).status()).isEqualTo(200);
        assertThat(office.webapp("GET", statistics, null).status()).isEqualTo(200);
        assertThat(office.webapp("POST", count, "{}").status()).isEqualTo(200);
        assertThat(office.webapp("GET", dashboard, null).status()).isEqualTo(200);
    }

    @Test
    void malformedInputIsRefusedWith400_neverA5xx_neverInternals_andNothingIsStored() throws Exception {
        long directives = jdbc.sql("SELECT COUNT(*) FROM directive").query(Long.class).single();
        long instances = runtime.createProcessInstanceQuery().count();
        LoopbackHttp session = owner();
        assertThat(session.webappLogin("tasklist", "vp.cv1", PASSWORD).status()).isEqualTo(200);
        String start = "/process-definition/key/directive-lifecycle/submit-form";
        String taskId = "00000000-0000-0000-0000-000000000000";
        List<String> refusedTypes = new ArrayList<>();
        for (String type : List.of("Object", "Xml", "Bytes", "File", "object")) {
            refusedTypes.add("{\"variables\":{\"sourceType\":{\"type\":\"" + type + "\",\"value\":\"UBND_TINH\","
                    + "\"valueInfo\":{\"objectTypeName\":\"java.util.ArrayList\",\"serializationDataFormat\":"
                    + "\"application/json\"}}}}");
        }
        List<String> bodies = new ArrayList<>(List.of("null", " null ", "[", "{\"variables\":", "{} {}",
                "{\"variables\":{\"x\":{\"type\":\"Xml\",\"value\":\"<a\"}}}"));
        bodies.addAll(refusedTypes);
        for (String path : List.of(start, "/task/" + taskId + "/submit-form", "/task/" + taskId + "/complete")) {
            for (String body : bodies) {
                Answer rest = basic(owner(), "vp.cv1", "POST", "/engine-rest" + path, body);
                assertThat(rest.status()).as("/engine-rest%s %s: %s", path, body, rest.body()).isEqualTo(400);
                assertClean(rest);
                Answer webapp = session.webapp("POST", "/camunda/api/engine/engine/default" + path, body);
                assertThat(webapp.status()).as("webapp %s %s: %s", path, body, webapp.body()).isEqualTo(400);
                assertClean(webapp);
            }
        }
        Answer missing = basic(owner(), "vp.cv1", "POST", "/engine-rest/task/" + taskId + "/submit-form", "{}");
        assertThat(missing.status()).as(missing.body()).isLessThan(500);
        assertClean(missing);
        Answer error = owner().get("/error");
        assertThat(error.status()).isEqualTo(404);
        assertClean(error);
        Answer big = basic(owner(), "vp.cv1", "POST", "/engine-rest" + start,
                "{\"variables\":{\"content\":{\"type\":\"String\",\"value\":\"" + "x".repeat(1_100_000) + "\"}}}");
        assertThat(big.status()).isEqualTo(413);
        assertClean(big);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM directive").query(Long.class).single()).isEqualTo(directives);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    @Test
    void valuesTheEngineWouldStoreBadlyAreRefusedBeforeItSeesThem() throws Exception {
        var directive = driver.register();
        String task = tasks.createTaskQuery().processInstanceId(directive.getId()).singleResult().getId();
        String start = "/engine-rest/process-definition/key/directive-lifecycle/submit-form";
        List<String[]> cases = List.of(
                new String[] {"POST", "/engine-rest/task/" + task + "/identity-links", "{\"userId\":\"qlcn.cv1\"}"},
                new String[] {"POST", start, "{\"variables\":{\"sourceType\":{\"value\":{\"a\":1}}}}"},
                new String[] {"POST", start, "{\"variables\":{\"sourceType\":{\"value\":\"x\",\"type\":\"\"}}}"},
                new String[] {"POST", start, "{\"variables\":{\"sourceType\":{\"value\":1,\"type\":\"Number\"}}}"},
                new String[] {"POST", start, "{\"variables\":{\"deadline\":{\"value\":\"{bad\",\"type\":\"Json\"}}}"},
                new String[] {"POST", start, "{\"variables\":{\"x\":null}}"},
                new String[] {"PUT", "/engine-rest/task/" + task + "/variables/x", "{\"value\":[1,2]}"},
                new String[] {"POST", "/engine-rest/task", "{\"firstResult\":-1}"},
                new String[] {"GET", "/engine-rest/task?firstResult=-2147483648", null},
                new String[] {"GET", "/engine-rest/task?maxResults=2147483648", null});
        for (String[] c : cases) {
            Answer a = basic(owner(), "admin", c[0], c[1], c[2]);
            assertThat(a.status()).as("%s %s %s: %s", c[0], c[1], c[2], a.body()).isEqualTo(400);
            assertClean(a);
        }
        assertThat(tasks.getIdentityLinksForTask(task)).allSatisfy(l -> assertThat(l.getType()).isNotNull());

        Answer trace = basic(owner(), "vp.cv1", "GET", "/engine-rest/job/any/stacktrace", null);
        assertThat(trace.status()).as("stack traces of failed jobs are for administrators").isEqualTo(403);
        assertThat(basic(owner(), "admin", "GET", "/engine-rest/job/any/stacktrace", null).status())
                .as("an administrator gets past the rule (no such job; text answer)").isIn(404, 406);
        Answer statistics = basic(owner(), "vp.cv1", "GET", "/engine-rest/process-definition/statistics", null);
        assertThat(statistics.status()).isEqualTo(200);
        assertThat(statistics.body()).contains("directive-lifecycle").doesNotContain("@class");
        assertThat(INTERNALS.matcher(statistics.body()).find()).isFalse();
    }

    private void assertClean(Answer a) throws Exception {
        assertThat(INTERNALS.matcher(a.body()).find()).as("internals in: %s", a.body()).isFalse();
        if (!a.body().isBlank()) {
            JsonNode body = json.readTree(a.body());
            assertThat(body.path("message").asText()).isNotBlank();
        }
    }
}
