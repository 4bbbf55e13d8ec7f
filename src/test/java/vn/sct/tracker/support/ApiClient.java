package vn.sct.tracker.support;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Raw HTTP to the running application as a person would send it: any body, any content type. */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What came back. */
    public record Answer(int status, HttpResponse<byte[]> response) {
        public String text() {
            return new String(response.body(), StandardCharsets.UTF_8);
        }

        public byte[] bytes() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public Map<String, Object> json() {
            try {
                return JSON.readValue(response.body(), new TypeReference<>() { });
            } catch (IOException e) {
                throw new AssertionError("not a JSON object (" + status + "): " + text(), e);
            }
        }

        public List<Map<String, Object>> jsonList() {
            try {
                return JSON.readValue(response.body(), new TypeReference<>() { });
            } catch (IOException e) {
                throw new AssertionError("not a JSON list (" + status + "): " + text(), e);
            }
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;
    private final String password;

    public ApiClient(int port, String password) {
        this.port = port;
        this.password = password;
    }

    public Answer get(String user, String path, String... headers) {
        return send("GET", path, user, null, null, headers);
    }

    public Answer postJson(String user, String path, Object body, String... headers) {
        try {
            return send("POST", path, user, "application/json", JSON.writeValueAsBytes(body), headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A multipart upload of one file under the part name {@code file}. */
    public Answer upload(String user, String path, String fileName, byte[] content, String... headers) {
        String boundary = "----tracker" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return send("POST", path, user, "multipart/form-data; boundary=" + boundary, body, headers);
    }

    public Answer send(String method, String path, String user, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(120))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
