package vn.sct.tracker.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import vn.sct.tracker.common.CommandValidator;
import vn.sct.tracker.common.ConflictException;
import vn.sct.tracker.common.Messages;
import vn.sct.tracker.common.NotFoundException;
import vn.sct.tracker.common.ValidationErrors;
import vn.sct.tracker.common.ValidationException;
import vn.sct.tracker.web.ApiRequestGuard;

/**
 * The one error shape of the product's API: {@code {"field": ..., "message": ...}}, the message in
 * Vietnamese, or in English when the caller's first language is English. Never a class name or a stack
 * trace: anything unexpected is logged under a reference that the answer names.
 */
@RestControllerAdvice
public class ApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

    @ExceptionHandler(ValidationException.class)
    ResponseEntity<Map<String, String>> invalid(ValidationException e, HttpServletRequest request) {
        HttpStatus status = e instanceof ConflictException ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST;
        return body(status, e.field(), e.message(locale(request)));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<Map<String, String>> invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        FieldError error = e.getBindingResult().getFieldErrors().get(0);
        ConstraintViolation<?> violation = error.unwrap(ConstraintViolation.class);
        return invalid(CommandValidator.refusal(violation), request);
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(NotFoundException e, HttpServletRequest request) {
        return body(HttpStatus.NOT_FOUND, e.field(), e.message(locale(request)));
    }

    @ExceptionHandler({AuthorizationException.class, AccessDeniedException.class})
    ResponseEntity<Map<String, String>> forbidden(RuntimeException e, HttpServletRequest request) {
        return body(HttpStatus.FORBIDDEN, null, Messages.get(locale(request), "api.forbidden"));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Map<String, String>> conflict(OptimisticLockingFailureException e, HttpServletRequest request) {
        return body(HttpStatus.CONFLICT, null, Messages.get(locale(request), "error.changedMeanwhile"));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Map<String, String>> typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        ValidationException invalid = ValidationErrors.find(e);
        if (invalid != null) {
            return invalid(invalid.forField(e.getName()), request);
        }
        Class<?> type = e.getRequiredType();
        String key = type == LocalDate.class ? "api.badDate"
                : type == int.class || type == Integer.class ? "api.notInteger" : "api.badValue";
        return body(HttpStatus.BAD_REQUEST, e.getName(), Messages.get(locale(request), key, String.valueOf(e.getValue())));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<Map<String, String>> missing(MissingServletRequestParameterException e, HttpServletRequest request) {
        return body(HttpStatus.BAD_REQUEST, e.getParameterName(),
                Messages.get(locale(request), "api.missingParameter", e.getParameterName()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        ValidationException invalid = ValidationErrors.find(e);
        if (invalid != null) {
            return invalid(invalid, request);
        }
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof UnrecognizedPropertyException unknown) {
                String field = path(unknown);
                return body(HttpStatus.BAD_REQUEST, field, Messages.get(locale(request), "api.unknownField", field));
            }
            if (t instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
                String field = path(mismatch);
                return body(HttpStatus.BAD_REQUEST, field, Messages.get(locale(request), "api.wrongType", field));
            }
        }
        String key = e.getMessage() != null && e.getMessage().startsWith("Required request body is missing")
                ? "api.missingBody" : "api.unreadableBody";
        return body(HttpStatus.BAD_REQUEST, "body", Messages.get(locale(request), key));
    }

    /** The JSON property a Jackson refusal is about, as {@code a.b[2].c}. */
    private static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                b.append(b.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                b.append('[').append(r.getIndex()).append(']');
            }
        }
        return b.isEmpty() ? "body" : b.toString();
    }

    /** Anything else: the engine's wrapped refusals by their cause, Spring's own by their status, the rest 500. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, String>> unexpected(Exception e, HttpServletRequest request) {
        ValidationException invalid = ValidationErrors.find(e);
        if (invalid != null) {
            return invalid(invalid, request);
        }
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof NotFoundException notFound) {
                return notFound(notFound, request);
            }
            if (t instanceof AuthorizationException denied) {
                return forbidden(denied, request);
            }
            if (t instanceof OptimisticLockingFailureException changed) {
                return conflict(changed, request);
            }
        }
        if (e instanceof MaxUploadSizeExceededException) {
            return body(HttpStatus.PAYLOAD_TOO_LARGE, "file", Messages.get(locale(request), "request.body.tooLarge",
                    ApiRequestGuard.MAX_UPLOAD / 1024));
        }
        if (e instanceof TypeMismatchException || e instanceof MultipartException) {
            return body(HttpStatus.BAD_REQUEST, null, Messages.get(locale(request), "error.status.400"));
        }
        if (e instanceof ErrorResponse refused) {
            int status = refused.getStatusCode().value();
            String key = switch (status) {
                case 401, 403, 404, 405, 413, 415 -> "error.status." + status;
                default -> status >= 500 ? "error.status.500" : "error.status.400";
            };
            return body(HttpStatus.valueOf(status), null, Messages.get(locale(request), key));
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.error("Lỗi hệ thống [{}] {} {}", reference, request.getMethod(), request.getRequestURI(), e);
        return body(HttpStatus.INTERNAL_SERVER_ERROR, null,
                Messages.get(locale(request), "error.server.reference", reference));
    }

    private static Locale locale(HttpServletRequest request) {
        return Messages.fromAcceptLanguage(request.getHeader("Accept-Language"));
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
