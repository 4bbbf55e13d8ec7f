package vn.sct.tracker.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every error the servlet container forwards ({@code /error}): status and a message in the caller's
 * language, never an exception, a class name or a stack trace. Asked for directly, {@code /error} is a
 * page that does not exist (404).
 */
@RestController
public class AppErrorController implements ErrorController {

    private final ErrorBodies errors;

    public AppErrorController(ErrorBodies errors) {
        this.errors = errors;
    }

    @RequestMapping(value = "/error", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i && i >= 400 && i < 600 ? i : 404;
        String key = switch (status) {
            case 400, 401, 403, 404, 405, 413, 415, 429 -> "error.status." + status;
            default -> status >= 500 ? "error.status.500" : "error.status.400";
        };
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .header("Cache-Control", "no-store")
                .body(ErrorBodies.body(ErrorBodies.type(status), null, errors.message(request, key)));
    }
}
