package vn.sct.tracker.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.sct.tracker.common.Messages;
import org.springframework.stereotype.Component;

/**
 * The one shape of an error answered by the product's own web layer (filters, error pages):
 * {@code {"type": ..., "field": ..., "message": ...}}, the message from the message bundle in Vietnamese,
 * or in English when the caller's first language is English. Never a class name or a stack trace.
 */
@Component
public class ErrorBodies {

    private final ObjectMapper json = new ObjectMapper();

    /** Vietnamese unless the caller asks for English first. */
    public static Locale locale(HttpServletRequest request) {
        return Messages.fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    public String message(HttpServletRequest request, String key, Object... args) {
        return Messages.get(locale(request), key, args);
    }

    public static Map<String, Object> body(String type, String field, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        if (field != null) {
            body.put("field", field);
        }
        body.put("message", message);
        return body;
    }

    /** Writes an error answer with the message of {@code key}; the type is the status's name. */
    public void write(HttpServletRequest request, HttpServletResponse response, int status, String field,
                      String key, Object... args) throws IOException {
        writeBody(response, status, body(type(status), field, message(request, key, args)));
    }

    public void writeBody(HttpServletResponse response, int status, Map<String, Object> body) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        byte[] bytes = json.writeValueAsBytes(body);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
        response.flushBuffer();
    }

    /** A neutral error type for a status, e.g. 400 InvalidRequest, 429 TooManyRequests. */
    public static String type(int status) {
        return switch (status) {
            case 400 -> "InvalidRequest";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "NotFound";
            case 405 -> "MethodNotAllowed";
            case 409 -> "Conflict";
            case 413 -> "PayloadTooLarge";
            case 415 -> "UnsupportedMediaType";
            case 429 -> "TooManyRequests";
            default -> status >= 500 ? "ServerError" : "Error";
        };
    }
}
