package vn.sct.tracker.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Office's dashboard in Cockpit over real HTTP, on the zero-setup default (H2, demo profile):
 * discovered as a Cockpit plugin, its front end served, its data for the Office, the Director and the
 * administrators only. Same configuration as {@code HardeningTest}, so both share one Spring context.
 */
@vn.sct.tracker.support.DefaultJarTest
class DirectiveDashboardPluginTest {

    private static final String PASSWORD = vn.sct.tracker.support.DefaultJarTest.PASSWORD;
    private static final String DATA = "/camunda/api/cockpit/plugin/directive-dashboard/default/dashboard";

    @LocalServerPort int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theOfficeReadsTheFiguresPerDivision_theOverdueList_andTheWorkload() throws Exception {
        Map<String, String> office = login("vp.cv1", "cockpit");

        HttpResponse<String> response = get(DATA, office);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode data = json.readTree(response.body());
        assertThat(data.get("period").asText()).isEqualTo("this-month");
        assertThat(data.get("periodLabel").asText()).startsWith("tháng ");
        List<String> divisions = new ArrayList<>();
        data.get("divisions").forEach(d -> divisions.add(d.get("divisionCode").asText()));
        assertThat(divisions).contains("VP", "TTRA", "QLCN", "TTKC");
        JsonNode vp = data.get("divisions").get(0);
        for (String field : List.of("total", "doneOnTime", "doneLate", "openWithinDeadline", "dueSoon",
                "openOverdue", "extendedDirectives", "onTimeRate")) {
            assertThat(vp.has(field)).as(field).isTrue();
        }
        assertThat(data.get("total").get("divisionCode").isNull()).isTrue();
        data.get("overdue").forEach(item -> assertThat(item.get("state").asText()).isEqualTo("OPEN_OVERDUE"));
        assertThat(data.get("workload").isArray()).isTrue();

        assertThat(get(DATA + "?period=previous-month", office).statusCode()).isEqualTo(200);
        JsonNode year = json.readTree(get(DATA + "?period=this-year", office).body());
        assertThat(year.get("from").asText()).endsWith("-01-01");
        assertThat(get(DATA + "?period=last-decade", office).statusCode()).isEqualTo(400);
    }

    @Test
    void theDirectorAndTheAdministratorMayReadItToo() throws Exception {
        assertThat(get(DATA, login("giamdoc", "cockpit")).statusCode()).isEqualTo(200);
        assertThat(get(DATA, login("admin", "cockpit")).statusCode()).isEqualTo(200);
    }

    @Test
    void aDivisionsSpecialistAndADeputyGet403_anonymousIsRefused() throws Exception {
        // Without Cockpit access they can still hold a webapp session (Tasklist): the resource refuses them.
        HttpResponse<String> specialist = get(DATA, login("qlcn.cv1", "tasklist"));
        assertThat(specialist.statusCode()).isEqualTo(403);
        assertThat(specialist.body()).contains("chỉ dành cho").doesNotContain("divisionCode");
        assertThat(get(DATA, login("pgd.hai", "tasklist")).statusCode()).isEqualTo(403);

        HttpResponse<String> anonymous = get(DATA, Map.of());
        assertThat(anonymous.statusCode()).isIn(401, 403);
        assertThat(anonymous.body()).doesNotContain("divisionCode");
    }

    @Test
    void cockpitLoadsThePlugin_andServesItsScriptAndStyles() throws Exception {
        HttpResponse<String> script = get("/camunda/api/cockpit/plugin/directive-dashboard/static/app/plugin.js",
                Map.of());
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type").orElse("")).contains("javascript");
        assertThat(script.body()).contains("export default").contains("pluginPoint: 'cockpit.dashboard'");
        assertThat(get("/camunda/api/cockpit/plugin/directive-dashboard/static/app/plugin.css", Map.of())
                .statusCode()).isEqualTo(200);

        HttpResponse<String> cockpit = get("/camunda/app/cockpit/default/", Map.of());
        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(cockpit.body()).as("PLUGIN_PACKAGES of Cockpit's page").contains("directive-dashboard");
    }

    /** Logs into a webapp as the browser does (CSRF token from the page); returns the session's cookies. */
    private Map<String, String> login(String user, String app) throws Exception {
        Map<String, String> cookies = new LinkedHashMap<>();
        take(cookies, get("/camunda/app/" + app + "/default/", cookies));
        String form = "username=" + user + "&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", header(cookies)).header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(login.statusCode()).as("%s logs into %s: %s", user, app, login.body()).isEqualTo(200);
        take(cookies, login);
        return cookies;
    }

    private HttpResponse<String> get(String path, Map<String, String> cookies) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json, */*").GET();
        if (!cookies.isEmpty()) {
            request.header("Cookie", header(cookies));
        }
        return send(request.build());
    }

    private static void take(Map<String, String> cookies, HttpResponse<?> response) {
        for (String c : response.headers().allValues("Set-Cookie")) {
            String pair = c.split(";")[0];
            cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
    }

    private static String header(Map<String, String> cookies) {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
