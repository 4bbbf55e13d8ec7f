package vn.sct.tracker.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Calls the running application over HTTP as a logged-in person (Basic authentication), as any client would. */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final String base;
    private final String password;

    Http(int port, String password) {
        this.base = "http://localhost:" + port;
        this.password = password;
    }

    JsonNode get(String user, String path) {
        return parse(send(user, HttpRequest.newBuilder(URI.create(base + path)).GET()));
    }

    /** A GET whose body is only counted (exports, big lists): its size in bytes. */
    long getBytes(String user, String path) {
        HttpRequest request = auth(user, HttpRequest.newBuilder(URI.create(base + path)).GET()).build();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            check(path, response.statusCode(), "");
            return response.body().length;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode post(String user, String path, Object body) {
        try {
            return parse(send(user, HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private String send(String user, HttpRequest.Builder builder) {
        HttpRequest request = auth(user, builder.header("Accept", "application/json")).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            check(request.uri().getPath(), response.statusCode(), response.body());
            return response.body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder auth(String user, HttpRequest.Builder builder) {
        return builder.timeout(Duration.ofMinutes(2)).header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    private static void check(String path, int status, String body) {
        if (status >= 300) {
            throw new IllegalStateException(path + " answered " + status + ": " + body);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return body == null || body.isEmpty() ? JSON.nullNode() : JSON.readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("not JSON: " + body, e);
        }
    }
}
