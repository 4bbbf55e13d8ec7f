package vn.sct.tracker.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A person logged into one of Camunda's webapps as the browser does it (CSRF token from the page). */
public final class WebappSession {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private WebappSession(int port) {
        this("http://localhost:" + port);
    }

    private WebappSession(String base) {
        this.base = base;
    }

    /** Nobody logged in. */
    public static WebappSession anonymous(int port) {
        return new WebappSession(port);
    }

    public static WebappSession login(int port, String user, String password, String app) throws Exception {
        return login("http://localhost:" + port, user, password, app);
    }

    /** Logged in at the address {@code base} ("http://host:port"), a node or the proxy in front of the nodes. */
    public static WebappSession login(String base, String user, String password, String app) throws Exception {
        WebappSession session = new WebappSession(base);
        session.take(session.get("/camunda/app/" + app + "/default/"));
        String form = "username=" + user + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> login = session.send(HttpRequest.newBuilder(session.uri(
                        "/camunda/api/admin/auth/user/default/login/" + app))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", session.cookieHeader()).header("X-XSRF-TOKEN", session.cookies.get("XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        assertThat(login.statusCode()).as("%s logs into %s: %s", user, app, login.body()).isEqualTo(200);
        session.take(login);
        return session;
    }

    public HttpResponse<String> get(String path) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json, */*").GET();
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookieHeader());
        }
        HttpResponse<String> response = send(request.build());
        take(response); // the CSRF token of the new session comes with its first answer
        return response;
    }

    /** A JSON request as the webapps send it: the session cookie and the CSRF token of the page. */
    public HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
                .header("Content-Type", "application/json").header("Cookie", cookieHeader())
                .header("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", ""))
                .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        HttpResponse<String> response = send(request.build());
        take(response);
        return response;
    }

    /** A cookie this session holds (the session id: {@code JSESSIONID}). */
    public String cookie(String name) {
        return cookies.get(name);
    }

    private void take(HttpResponse<?> response) {
        for (String c : response.headers().allValues("Set-Cookie")) {
            String pair = c.split(";")[0];
            cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
        }
    }

    private String cookieHeader() {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
