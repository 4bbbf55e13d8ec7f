package vn.sct.tracker.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.sct.tracker.common.NotFoundException;
import vn.sct.tracker.common.ValidationException;

/** Errors of the product's API as JSON: which field, why, in Vietnamese. */
@RestControllerAdvice(basePackageClasses = ApiErrors.class)
public class ApiErrors {

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<Map<String, String>> invalid(ValidationException e) {
        return body(HttpStatus.BAD_REQUEST, e.field(), e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(NotFoundException e) {
        return body(HttpStatus.NOT_FOUND, null, e.getMessage());
    }

    @ExceptionHandler(org.camunda.bpm.engine.AuthorizationException.class)
    ResponseEntity<Map<String, String>> forbidden(org.camunda.bpm.engine.AuthorizationException e) {
        return body(HttpStatus.FORBIDDEN, null, "Bạn không có quyền thực hiện thao tác này");
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Map<String, String>> conflict(OptimisticLockingFailureException e) {
        return body(HttpStatus.CONFLICT, null, e.getMessage());
    }

    @ExceptionHandler(org.springframework.security.access.AccessDeniedException.class)
    ResponseEntity<Map<String, String>> denied(org.springframework.security.access.AccessDeniedException e) {
        return body(HttpStatus.FORBIDDEN, null, "Bạn không có quyền thực hiện thao tác này");
    }

    /** Anything else is the server's fault: logged with a reference the answer names, nothing more. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, String>> unexpected(Exception e, jakarta.servlet.http.HttpServletRequest request) {
        // The engine wraps what its listeners throw: the user's error is found in the causes.
        ValidationException invalid = vn.sct.tracker.common.ValidationErrors.find(e);
        if (invalid != null) {
            return invalid(invalid);
        }
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof NotFoundException notFound) {
                return notFound(notFound);
            }
            if (t instanceof org.camunda.bpm.engine.AuthorizationException denied) {
                return forbidden(denied);
            }
            if (t instanceof OptimisticLockingFailureException conflict) {
                return conflict(conflict);
            }
        }
        if (e instanceof org.springframework.http.converter.HttpMessageNotReadableException
                || e instanceof org.springframework.beans.TypeMismatchException
                || e instanceof org.springframework.web.multipart.MultipartException) {
            return body(HttpStatus.BAD_REQUEST, null, errors.message(request, "error.status.400"));
        }
        if (e instanceof org.springframework.web.ErrorResponse refused) {
            // Spring MVC's own refusals (unreadable body, wrong media type, missing parameter...): their status.
            int status = refused.getStatusCode().value();
            String key = switch (status) {
                case 401, 403, 404, 405, 413, 415 -> "error.status." + status;
                default -> status >= 500 ? "error.status.500" : "error.status.400";
            };
            return body(HttpStatus.valueOf(status), null, errors.message(request, key));
        }
        String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Lỗi hệ thống [{}] {} {}", reference, request.getMethod(), request.getRequestURI(), e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, null, errors.message(request, "error.server.reference", reference));
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ApiErrors.class);

    private final vn.sct.tracker.web.ErrorBodies errors;

    public ApiErrors(vn.sct.tracker.web.ErrorBodies errors) {
        this.errors = errors;
    }

    private static ResponseEntity<Map<String, String>> body(HttpStatus status, String field, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        if (field != null) {
            body.put("field", field);
        }
        body.put("message", message);
        return ResponseEntity.status(status).body(body);
    }
}
