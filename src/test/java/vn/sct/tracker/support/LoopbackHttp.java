package vn.sct.tracker.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A plain HTTP/1.1 client that sends from a chosen loopback address (127.0.0.2, 127.0.0.3, ...), so that
 * a test can play an attacker and the account's owner on different machines of the same network.
 * One request per connection; the cookies it is given are sent, those it receives are kept.
 */
public final class LoopbackHttp {

    /** What came back. */
    public record Answer(int status, Map<String, List<String>> headers, String body) {
        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }

    private final String from;
    private final int port;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public LoopbackHttp(String fromAddress, int port) {
        this.from = fromAddress;
        this.port = port;
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public Answer get(String path, String... headerPairs) {
        return send("GET", path, null, null, headerPairs);
    }

    public Answer post(String path, String contentType, String body, String... headerPairs) {
        return send("POST", path, contentType, body, headerPairs);
    }

    /** Logs in to a webapp (cockpit, tasklist, admin) the way the browser does, with its CSRF token. */
    public Answer webappLogin(String app, String user, String password) {
        get("/camunda/app/" + app + "/default/");
        String form = "username=" + java.net.URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + java.net.URLEncoder.encode(password, StandardCharsets.UTF_8);
        Answer login = post("/camunda/api/admin/auth/user/default/login/" + app,
                "application/x-www-form-urlencoded", form, "X-XSRF-TOKEN", cookie("XSRF-TOKEN"));
        get("/camunda/app/" + app + "/default/"); // the new session's CSRF token
        return login;
    }

    /** A call on the webapps' API with the session and its CSRF token. */
    public Answer webapp(String method, String path, String json) {
        return send(method, path, json == null ? null : "application/json", json, "X-XSRF-TOKEN",
                cookie("XSRF-TOKEN"));
    }

    public Answer send(String method, String path, String contentType, String body, String... headerPairs) {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder().append(method).append(' ').append(path).append(" HTTP/1.1\r\n")
                .append("Host: localhost:").append(port).append("\r\n").append("Connection: close\r\n")
                .append("Accept: application/json\r\n");
        for (int i = 0; i + 1 < headerPairs.length; i += 2) {
            if (headerPairs[i + 1] != null) {
                head.append(headerPairs[i]).append(": ").append(headerPairs[i + 1]).append("\r\n");
            }
        }
        if (!cookies.isEmpty()) {
            head.append("Cookie: ").append(String.join("; ", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toList())).append("\r\n");
        }
        if (body != null) {
            if (contentType != null) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
            }
            head.append("Content-Length: ").append(content.length).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket()) {
            socket.setSoTimeout(30_000);
            socket.bind(new InetSocketAddress(InetAddress.getByName(from), 0));
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 5_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " from " + from, e);
        }
    }

    private Answer read(InputStream in) throws IOException {
        byte[] all = in.readAllBytes();
        int split = indexOf(all, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        String[] lines = new String(all, 0, split, StandardCharsets.ISO_8859_1).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = lines[i].substring(colon + 1).trim();
            headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
            if (name.equals("set-cookie")) {
                String pair = value.split(";")[0];
                cookies.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(all, split + 4, all.length);
        List<String> encoding = headers.get("transfer-encoding");
        if (encoding != null && encoding.get(0).equalsIgnoreCase("chunked")) {
            body = dechunk(body);
        }
        return new Answer(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] chunked) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        while (pos < chunked.length) {
            int lineEnd = indexOf(chunked, "\r\n".getBytes(StandardCharsets.ISO_8859_1), pos);
            String sizeText = new String(chunked, pos, lineEnd - pos, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int size = Integer.parseInt(sizeText, 16);
            if (size == 0) {
                break;
            }
            out.write(chunked, lineEnd + 2, size);
            pos = lineEnd + 2 + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        return indexOf(data, pattern, 0);
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return data.length;
    }
}
