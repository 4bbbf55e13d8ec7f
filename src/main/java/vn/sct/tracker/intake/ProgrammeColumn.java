package vn.sct.tracker.intake;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import vn.sct.tracker.common.Messages;

/**
 * The columns of a programme's spreadsheet, in the template's order: the start form's fields, the source
 * system's document id (the key that makes a second import of the same rows create nothing) and the
 * division proposed to lead. A heading is recognised by its Vietnamese text (any case, with or without
 * diacritics) or by the field's name.
 */
public enum ProgrammeColumn {
    EXTERNAL_ID("externalId", false),
    SOURCE_TYPE("sourceType", true),
    SOURCE_DOC_NUMBER("sourceDocNumber", true),
    SOURCE_DOC_DATE("sourceDocDate", true),
    SOURCE_ISSUER("sourceIssuer", true),
    SOURCE_SUMMARY("sourceSummary", true),
    CONTENT("content", false),
    DEADLINE("deadline", true),
    PROPOSED_LEAD("proposedLeadDivision", false);

    private final String field;
    private final boolean required;

    ProgrammeColumn(String field, boolean required) {
        this.field = field;
        this.required = required;
    }

    /** The field of the start form (or of the API) the column fills. */
    public String field() {
        return field;
    }

    public boolean required() {
        return required;
    }

    /** The heading in the template. */
    public String heading(Locale locale) {
        return Messages.get(locale, "import.column." + field);
    }

    public String heading() {
        return heading(Messages.VIETNAMESE);
    }

    /** The column a heading names, if any. */
    public static Optional<ProgrammeColumn> ofHeading(String heading) {
        if (heading == null) {
            return Optional.empty();
        }
        String h = plain(heading);
        for (ProgrammeColumn c : values()) {
            if (h.equals(plain(c.heading())) || h.equals(plain(c.heading(Locale.ENGLISH))) || h.equals(plain(c.field))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Lower case, without diacritics, marks ("(*)") and surrounding space: how headings are compared. */
    static String plain(String s) {
        String n = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT).replace("(*)", "").replace("*", "");
        return n.replaceAll("\\s+", " ").strip();
    }
}
