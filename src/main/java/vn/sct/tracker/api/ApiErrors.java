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

    private static ResponseEntity<Map<String, String>> body(HttpStatus status, String field, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        if (field != null) {
            body.put("field", field);
        }
        body.put("message", message);
        return ResponseEntity.status(status).body(body);
    }
}
