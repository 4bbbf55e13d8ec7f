package vn.sct.tracker.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dates and months people and systems may type, read the same way everywhere (API, import, forms):
 * ISO {@code 2027-01-29} or Vietnamese {@code 29/01/2027} (day and month with one or two digits), always a
 * four-digit year from {@link #FIRST_YEAR} to {@link #LAST_YEAR}. Anything else, a trailing time or text
 * included, is refused with the field named; nothing is cut off or guessed.
 */
public final class InputDates {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2199;

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern VIETNAMESE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern VIETNAMESE_MONTH = Pattern.compile("(\\d{1,2})/(\\d{4})");

    private InputDates() {
    }

    /** A date, or null for null or blank text. */
    public static LocalDate date(String text, String field) {
        String s = text == null ? null : text.strip();
        if (s == null || s.isEmpty()) {
            return null;
        }
        Matcher iso = ISO.matcher(s);
        Matcher vi = VIETNAMESE.matcher(s);
        try {
            if (iso.matches()) {
                return inRange(LocalDate.of(num(iso, 1), num(iso, 2), num(iso, 3)), field, s);
            }
            if (vi.matches()) {
                return inRange(LocalDate.of(num(vi, 3), num(vi, 2), num(vi, 1)), field, s);
            }
        } catch (DateTimeException noSuchDay) {
            throw new ValidationException(field, "reason.noSuchDate", s);
        }
        throw new ValidationException(field, "reason.dateFormat", shown(s));
    }

    /** A month ({@code 2026-10} or {@code 10/2026}), or null for null or blank text. */
    public static YearMonth month(String text, String field) {
        String s = text == null ? null : text.strip();
        if (s == null || s.isEmpty()) {
            return null;
        }
        Matcher iso = ISO_MONTH.matcher(s);
        Matcher vi = VIETNAMESE_MONTH.matcher(s);
        int year;
        int month;
        if (iso.matches()) {
            year = num(iso, 1);
            month = num(iso, 2);
        } else if (vi.matches()) {
            year = num(vi, 2);
            month = num(vi, 1);
        } else {
            throw new ValidationException(field, "reason.monthFormat", shown(s));
        }
        if (month < 1 || month > 12) {
            throw new ValidationException(field, "reason.monthFormat", s);
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new ValidationException(field, "reason.yearRange", FIRST_YEAR, LAST_YEAR);
        }
        return YearMonth.of(year, month);
    }

    private static LocalDate inRange(LocalDate d, String field, String s) {
        if (d.getYear() < FIRST_YEAR || d.getYear() > LAST_YEAR) {
            throw new ValidationException(field, "reason.yearRange", FIRST_YEAR, LAST_YEAR);
        }
        return d;
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    /** The refused text as the answer repeats it: at most 40 characters, control characters as '?'. */
    static String shown(String s) {
        String cut = s.length() > 40 ? s.substring(0, 40) + "…" : s;
        return InputText.visible(cut);
    }
}
