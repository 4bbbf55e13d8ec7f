package vn.sct.tracker.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.sct.tracker.common.ValidationException;

/**
 * A division's explanations of its late directives, one line each, "NV-2026-00012: lý do": every late or
 * overdue directive of the division needs a reason, and no other directive may be named.
 */
public final class MonthlyExplanations {

    public static final String FIELD = "explanations";
    private static final Pattern LINE = Pattern.compile("^\\s*(NV-\\d{4}-\\d+)\\s*[:：-]\\s*(.*)$");

    private MonthlyExplanations() {
    }

    /** The reason of each late directive, by directive id. */
    public static Map<String, String> parse(String text, List<AccountabilityItem> late) {
        Map<String, String> reasons = new LinkedHashMap<>();
        List<String> expected = late.stream().map(AccountabilityItem::directiveId).toList();
        List<String> unknown = new ArrayList<>();
        for (String line : text == null ? new String[0] : text.split("\\R")) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            if (!expected.contains(m.group(1))) {
                unknown.add(m.group(1));
            } else if (!m.group(2).isBlank()) {
                reasons.put(m.group(1), m.group(2).strip());
            }
        }
        if (!unknown.isEmpty()) {
            throw new ValidationException(FIELD, "reason.monthly.notLate", String.join(", ", unknown));
        }
        List<String> missing = expected.stream().filter(id -> !reasons.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            throw new ValidationException(FIELD, "reason.monthly.explainAll", String.join(", ", missing));
        }
        return reasons;
    }

    /** The form's starting text: one line per late directive with the reason known so far. */
    public static String template(List<AccountabilityItem> late) {
        StringBuilder s = new StringBuilder();
        for (AccountabilityItem i : late) {
            s.append(i.directiveId()).append(": ").append(i.reason() == null ? "" : i.reason()).append('\n');
        }
        return s.toString();
    }
}
