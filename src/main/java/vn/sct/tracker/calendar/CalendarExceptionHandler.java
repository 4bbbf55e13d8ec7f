package vn.sct.tracker.calendar;

import java.time.LocalDate;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Turns the calendar API's input errors into {@code {"field": "...", "message": "..."}} with a
 * Vietnamese message. Scoped to this package's controllers and ordered first, so that a global
 * handler of the application does not take over; security exceptions are left alone (they become
 * 401/403 in the security filter chain).
 */
@RestControllerAdvice(basePackageClasses = CalendarController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CalendarExceptionHandler {

    /** Body of an error response. */
    public record CalendarError(String field, String message) {
    }

    @ExceptionHandler(CalendarValidationException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public CalendarError validation(CalendarValidationException e) {
        return new CalendarError(e.getField(), e.getMessage());
    }

    @ExceptionHandler(CalendarOverrideNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public CalendarError notFound(CalendarOverrideNotFoundException e) {
        return new CalendarError("date", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public CalendarError typeMismatch(MethodArgumentTypeMismatchException e) {
        Class<?> type = e.getRequiredType();
        String message;
        if (type == LocalDate.class) {
            message = "Ngày không hợp lệ: '" + e.getValue() + "'. Định dạng đúng là yyyy-MM-dd, ví dụ 2026-02-17.";
        } else if (type == int.class || type == Integer.class) {
            message = "Giá trị '" + e.getValue() + "' không phải là số nguyên.";
        } else {
            message = "Giá trị '" + e.getValue() + "' không hợp lệ.";
        }
        return new CalendarError(e.getName(), message);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public CalendarError missingParameter(MissingServletRequestParameterException e) {
        return new CalendarError(e.getParameterName(), "Thiếu tham số bắt buộc '" + e.getParameterName() + "'.");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public CalendarError unreadableBody(HttpMessageNotReadableException e) {
        return new CalendarError("body", "Nội dung yêu cầu không phải JSON hợp lệ: "
                + "{\"kind\": \"DAY_OFF\" hoặc \"WORKING_DAY\", \"description\": \"...\"}.");
    }
}
