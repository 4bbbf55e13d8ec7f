package vn.sct.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every endpoint of Camunda's REST API, found by reading its JAX-RS interfaces, called with malformed
 * input: ids that do not exist, bodies of the wrong shape and values of the wrong kind, bad query
 * parameters. Whatever the endpoint, the answer is never a server error and never shows a class name or
 * a stack trace, and nothing is stored. On a database of its own, since the calls are made as the
 * administrator (whose rights reach every code path) and as an ordinary specialist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:malformed;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
class EngineRestMalformedInputTest {

    private static final String PASSWORD = "Sct@2026demo";
    private static final Pattern INTERNALS = Pattern.compile(
            "(?:\\b(?:java|javax|jakarta|org|com)\\.[a-z0-9_]+\\.[A-Za-z0-9_.$]*[A-Z])|Exception:|\\tat |\\n\\s+at ");
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}:]+)(?::[^}]*)?}");

    private static final List<String> BODIES = List.of("{}", "[]", "1", "\"x\"", "true",
            "{\"variables\":{\"a\":{\"value\":{\"x\":1},\"type\":\"String\"}}}",
            "{\"variables\":{\"a\":{\"value\":\"abc\",\"type\":\"Integer\"}}}",
            "{\"variables\":{\"a\":{\"value\":\"notadate\",\"type\":\"Date\"}}}",
            "{\"variables\":{\"a\":{\"value\":\"{bad\",\"type\":\"Json\"}}}",
            "{\"variables\":{\"a\":{\"value\":1,\"type\":\"Foo\"}}}",
            "{\"variables\":{\"a\":null},\"modifications\":{\"b\":null},\"deletions\":[null]}",
            "{\"variables\":\"x\",\"modifications\":[1],\"businessKey\":{\"a\":1}}",
            "{\"firstResult\":-1,\"maxResults\":-5,\"sorting\":[{\"sortBy\":\"foo\",\"sortOrder\":\"bar\"}]}",
            "{\"id\":null,\"name\":null,\"userId\":null,\"processInstanceIds\":[null],\"activityIdIn\":[null]}",
            "{\"id\":\"\",\"tenantIdIn\":[null],\"processInstanceQuery\":{\"processDefinitionId\":\"x\"}}",
            "{\"dueDate\":\"2026-99-99\",\"followUpBefore\":\"x\",\"created\":\"x\",\"retries\":-1,\"priority\":\"x\"}",
            "{\"a\":\"\\u0000\\u0001\",\"messageName\":\"\\u0000\",\"workerId\":null,\"topics\":[{}]}",
            "{\"instructions\":[{\"type\":\"startBeforeActivity\"}],\"skipCustomListeners\":\"x\"}",
            "{\"name\":\"" + "x".repeat(20_000) + "\"}");
    private static final List<String> QUERIES = List.of("?firstResult=-1&maxResults=abc",
            "?sortBy=foo&sortOrder=sideways", "?dueAfter=notadate&startedAfter=x&createdBefore=1",
            "?variables=x_eq_&processVariables=_&candidateGroups=,,&activityIdIn=,", "?maxResults=2147483648",
            "?orQueries=x&deserializeValues=maybe&withIncidents=maybe");

    @LocalServerPort int port;
    @Autowired RepositoryService repository;
    @Autowired JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Endpoint(String method, String path) {
    }

    @Test
    void noEndpointAnswersAServerErrorOrShowsInternals_forMalformedInput() throws Exception {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).as("Camunda's REST API read from its interfaces").hasSizeGreaterThan(300);
        long deployments = repository.createDeploymentQuery().count();
        long directives = jdbc.sql("SELECT COUNT(*) FROM directive").query(Long.class).single();

        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Endpoint e : endpoints) {
            String path = "/engine-rest" + fill(e.path(), e.method().equals("POST"));
            if (e.method().equals("GET")) {
                for (String query : QUERIES) {
                    failures.addAll(check("admin", e.method(), path + query, null));
                    sent++;
                }
                failures.addAll(check("qlcn.cv1", e.method(), path + QUERIES.get(0), null));
                sent++;
            } else {
                for (String body : BODIES) {
                    failures.addAll(check("admin", e.method(), path, body));
                    sent++;
                }
                failures.addAll(check("qlcn.cv1", e.method(), path, BODIES.get(5)));
                failures.addAll(check("admin", e.method(), path, null));
                sent += 2;
            }
        }
        assertThat(sent).isGreaterThan(2_000);
        assertThat(failures).as("%d requests to %d endpoints", sent, endpoints.size()).isEmpty();
        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM directive").query(Long.class).single()).isEqualTo(directives);
    }

    private List<String> check(String user, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        List<String> problems = new ArrayList<>();
        String sentBody = body == null ? "" : body.substring(0, Math.min(120, body.length()));
        if (answer.statusCode() >= 500) {
            problems.add(answer.statusCode() + " " + method + " " + path + " " + sentBody + " -> " + answer.body());
        }
        if (answer.statusCode() >= 400 && INTERNALS.matcher(answer.body()).find()) {
            problems.add("internals: " + method + " " + path + " " + sentBody + " -> " + answer.body());
        }
        return problems;
    }

    /** Path parameters become values that do not exist (for POST, a process definition key that does). */
    private static String fill(String template, boolean realKey) {
        Matcher m = PATH_PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = realKey && m.group(1).equals("key") && template.contains("process-definition/key")
                    ? "directive-lifecycle" : "khong-ton-tai-0000";
            m.appendReplacement(out, value);
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Every method and path of Camunda's REST interfaces, sub-resources included. */
    static List<Endpoint> endpoints() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isInterface();
            }
        };
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*RestService$|.*ReportService$")));
        Set<Endpoint> found = new LinkedHashSet<>();
        for (var candidate : scanner.findCandidateComponents("org.camunda.bpm.engine.rest")) {
            Class<?> service = Class.forName(candidate.getBeanClassName());
            java.lang.reflect.Field path;
            try {
                path = service.getField("PATH");
            } catch (NoSuchFieldException notARoot) {
                continue;
            }
            if (!Modifier.isStatic(path.getModifiers())) {
                continue;
            }
            String prefix = service.getPackageName().endsWith(".history") && !service.getSimpleName()
                    .equals("HistoryRestService") ? "/history" : "";
            if (service.getSimpleName().equals("HistoryRestService")) {
                continue; // its locators lead to the history services read on their own
            }
            walk(service, prefix + path.get(null), found, 0);
        }
        return new ArrayList<>(found);
    }

    private static void walk(Class<?> resource, String prefix, Set<Endpoint> found, int depth) {
        if (depth > 4) {
            return;
        }
        for (Method m : resource.getMethods()) {
            jakarta.ws.rs.Path p = m.getAnnotation(jakarta.ws.rs.Path.class);
            String path = prefix + (p == null ? "" : (p.value().startsWith("/") ? "" : "/") + p.value());
            String verb = verb(m);
            if (verb != null) {
                found.add(new Endpoint(verb, path));
            } else if (p != null && m.getReturnType().isInterface()
                    && m.getReturnType().getPackageName().startsWith("org.camunda.bpm.engine.rest")) {
                walk(m.getReturnType(), path, found, depth + 1);
            }
        }
    }

    private static String verb(Method m) {
        for (var annotation : m.getAnnotations()) {
            jakarta.ws.rs.HttpMethod http = annotation.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }
}
