package vn.sct.tracker.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Security on by default, each hardening rule with its test, on the zero-setup default (H2, demo
 * profile) served over real HTTP: the webapps' CSRF protection, the Secure session cookie when
 * configured, the first-run admin setup closed, expressions refused in ad-hoc and stored queries,
 * Camunda's password policy, and the Vietnamese webapps.
 */
@vn.sct.tracker.support.DefaultJarTest
class HardeningTest {

    private static final String PASSWORD = vn.sct.tracker.support.DefaultJarTest.PASSWORD;

    @LocalServerPort int port;
    @Autowired IdentityService identity;
    @Autowired FilterService filters;
    @Autowired TaskService tasks;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void webappLogin_isCsrfProtected_andSetsASecureHttpOnlySessionCookie() throws Exception {
        // Opening Tasklist hands out the CSRF token cookie; every change must send it back as a header.
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET().build());
        assertThat(page.statusCode()).isEqualTo(200);
        Cookies cookies = new Cookies().take(page);
        String form = "username=vp.cv2&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        HttpRequest.Builder login = HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        assertThat(send(login.copy().build()).statusCode()).as("login without the CSRF token").isEqualTo(403);
        HttpResponse<String> loggedIn = send(login.header("Cookie", cookies.header())
                .header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN")).build());
        assertThat(loggedIn.statusCode()).isEqualTo(200);
        String session = loggedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow();
        assertThat(session).as("SESSION_COOKIE_SECURE=true").contains("Secure").contains("HttpOnly");
        cookies.take(loggedIn);
        // The new session gets its own token with the next page, as the browser's next request would.
        cookies.take(send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/"))
                .header("Cookie", cookies.header()).GET().build()));

        HttpRequest.Builder query = HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default/task"))
                .header("Content-Type", "application/json").header("Cookie", cookies.header())
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
        assertThat(send(query.copy().header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN")).build()).statusCode())
                .isEqualTo(200);
        assertThat(send(query.build()).statusCode()).as("the same request without the CSRF token").isEqualTo(403);
    }

    /** The cookies a browser would keep. */
    private static final class Cookies {
        private final java.util.Map<String, String> values = new java.util.LinkedHashMap<>();

        Cookies take(HttpResponse<?> response) {
            for (String c : response.headers().allValues("Set-Cookie")) {
                String pair = c.split(";")[0];
                values.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
            return this;
        }

        String get(String name) {
            return values.get(name);
        }

        String header() {
            return values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(java.util.stream.Collectors.joining("; "));
        }
    }

    @Autowired org.springframework.context.ApplicationContext context;

    @Test
    void springSecurityHasNoGeneratedUser_theEngineIsTheOnlyPasswordStore() {
        // Spring Boot would otherwise create "user" with a generated password printed in the log, reachable
        // through HTTP Basic on /api as a fallback after the engine's identity check.
        assertThat(context.getBeanNamesForType(org.springframework.security.core.userdetails.UserDetailsService.class))
                .isEmpty();
    }

    @Test
    void theFirstRunAdminSetupIsClosedOnceTheProductStarted() throws Exception {
        HttpResponse<String> setup = send(HttpRequest.newBuilder(uri("/camunda/api/admin/setup/default/user/create"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"profile":{"id":"intruder","firstName":"X","lastName":"Y","email":"x@y.z"},
                         "credentials":{"password":"Intruder@2026x"}}""")).build());
        assertThat(setup.statusCode()).isEqualTo(403);
        assertThat(identity.createUserQuery().userId("intruder").count()).isZero();
    }

    @Test
    void expressionsAreRefusedInAdhocAndStoredQueries() throws Exception {
        HttpResponse<String> adhoc = send(HttpRequest.newBuilder(uri("/engine-rest/task"))
                .header("Authorization", basic("vp.tp")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"assigneeExpression\": \"${currentUser()}\"}")).build());
        assertThat(adhoc.statusCode()).as("%s %s", adhoc.headers().map(), adhoc.body()).isBetween(400, 403);
        assertThat(adhoc.body()).containsIgnoringCase("expression");

        var filter = filters.newTaskFilter("Thử biểu thức")
                .setQuery(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        assertThatThrownBy(() -> filters.saveFilter(filter)).hasMessageContaining("xpressions");
    }

    @Test
    void weakPasswordsAreRefusedByThePasswordPolicy() throws Exception {
        HttpResponse<String> weak = send(HttpRequest.newBuilder(uri("/engine-rest/user/create"))
                .header("Authorization", basic("admin")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"profile":{"id":"yeu","firstName":"Mật khẩu","lastName":"Yếu","email":"yeu@sct.example"},
                         "credentials":{"password":"123456"}}""")).build());
        assertThat(weak.statusCode()).as(weak.body()).isEqualTo(400);
        assertThat(weak.body()).contains("Mật khẩu: chưa đạt chính sách mật khẩu");
        assertThat(identity.createUserQuery().userId("yeu").count()).isZero();
        assertThat(identity.checkPasswordAgainstPolicy("Sct@2026demo").isValid()).isTrue();
    }

    @Test
    void anonymousAndWrongPasswordsAreRefusedEverywhere() throws Exception {
        for (String path : List.of("/api/directives", "/engine-rest/task", "/api/calendar/2026", "/v3/api-docs")) {
            assertThat(send(HttpRequest.newBuilder(uri(path)).GET().build()).statusCode()).as(path).isEqualTo(401);
        }
        assertThat(send(HttpRequest.newBuilder(uri("/engine-rest/task"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("ttkc.cv2:sai-mat-khau"
                        .getBytes(StandardCharsets.UTF_8))).GET().build()).statusCode()).isEqualTo(401);
    }

    @Test
    void theWebappsSpeakVietnamese_englishStaysAvailable() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (String app : List.of("tasklist", "cockpit", "admin", "welcome")) {
            HttpResponse<String> vi = send(HttpRequest.newBuilder(uri("/camunda/app/" + app + "/locales/vi.json"))
                    .GET().build());
            assertThat(vi.statusCode()).as(app).isEqualTo(200);
            HttpResponse<String> en = send(HttpRequest.newBuilder(uri("/camunda/app/" + app + "/locales/en.json"))
                    .GET().build());
            assertThat(en.statusCode()).isEqualTo(200);
            JsonNode viLabels = json.readTree(vi.body()).get("labels");
            JsonNode enLabels = json.readTree(en.body().replace("\uFEFF", "")).get("labels");
            List<String> missing = new java.util.ArrayList<>();
            enLabels.fieldNames().forEachRemaining(k -> {
                if (!viLabels.has(k)) {
                    missing.add(k);
                }
            });
            assertThat(missing).as("every %s key translated", app).isEmpty();
            HttpResponse<String> config = send(HttpRequest.newBuilder(uri("/camunda/app/" + app + "/scripts/config.js"))
                    .GET().build());
            assertThat(config.body()).as(app).contains("availableLocales: ['vi', 'en']").contains("fallbackLocale: 'vi'");
        }
        HttpResponse<String> tasklist = send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/locales/vi.json"))
                .GET().build());
        JsonNode labels = new ObjectMapper().readTree(tasklist.body()).get("labels");
        assertThat(labels.get("CLAIM_TASK").asText()).isEqualTo("Nhận việc");
        assertThat(labels.get("START_PROCESS").asText()).isEqualTo("Bắt đầu quy trình");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
