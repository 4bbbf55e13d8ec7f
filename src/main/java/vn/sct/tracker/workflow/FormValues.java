package vn.sct.tracker.workflow;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.ValidationException;

/** Reads values as Camunda Forms, the REST API and tests submit them (strings, dates, JSON lists). */
public final class FormValues {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private FormValues() {
    }

    public static String text(Object value) {
        if (value == null) {
            return null;
        }
        String s = value.toString();
        return s.isBlank() ? null : s;
    }

    /** A date from a form's date field (yyyy-MM-dd), a Date/LocalDate variable or dd/MM/yyyy text. */
    public static LocalDate date(Object value, String field, String label) {
        if (value == null || value instanceof String s && s.isBlank()) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof Date d) {
            return d.toInstant().atZone(AppClock.ZONE).toLocalDate();
        }
        String s = value.toString().strip();
        try {
            return s.contains("/") ? LocalDate.parse(s, VN) : LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, label, "sai định dạng ngày (ngày/tháng/năm): " + s);
        }
    }

    /** A multi-select value: a JSON array (Spin or text), a collection, or comma separated text. */
    public static List<String> list(Object value, String field, String label) {
        List<String> result = new ArrayList<>();
        if (value == null) {
            return result;
        }
        if (value instanceof SpinJsonNode node) {
            if (!node.isArray()) {
                throw new ValidationException(field, label, "phải là danh sách");
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
                    throw new ValidationException(field, label, "không đọc được danh sách: " + s);
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

    public static Date startOfDay(LocalDate date) {
        return Date.from(date.atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
    }
}
