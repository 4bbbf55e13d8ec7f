package vn.sct.tracker.common;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads values as Camunda Forms, the REST API and tests submit them (strings, dates, JSON lists); a
 * value that cannot be read is refused with the field named.
 */
public final class FormValues {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormValues() {
    }

    /** Text, or null when empty. */
    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString();
        return s.isBlank() ? null : s;
    }

    /** A date from a form's date field, a Date/LocalDate variable, or text as {@link InputDates} reads it. */
    public static LocalDate date(Object value, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return AppClock.day(d.toInstant());
        }
        return InputDates.date(value.toString(), field);
    }

    /** A multi-select value: a JSON array (Spin or text), a collection, or comma separated text. */
    public static List<String> list(Object value, String field) {
        List<String> result = new ArrayList<>();
        if (value == null) {
            return result;
        }
        if (value instanceof SpinJsonNode node) {
            if (!node.isArray()) {
                throw new ValidationException(field, "reason.notAList");
            }
            node.elements().forEach(e -> result.add(e.isString() ? e.stringValue() : e.toString()));
        } else if (value instanceof Collection<?> c) {
            c.forEach(o -> result.add(String.valueOf(o)));
        } else {
            String s = value.toString().strip();
            if (s.startsWith("[")) {
                try {
                    result.addAll(JSON.readValue(s, new TypeReference<List<String>>() { }));
                } catch (Exception e) {
                    throw new ValidationException(field, "reason.unreadableList", s);
                }
            } else if (!s.isEmpty()) {
                for (String part : s.split(",")) {
                    if (!part.isBlank()) {
                        result.add(part.strip());
                    }
                }
            }
        }
        result.removeIf(String::isBlank);
        return result;
    }
}
