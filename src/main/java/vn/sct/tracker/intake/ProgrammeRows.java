package vn.sct.tracker.intake;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.sct.tracker.common.InputDates;
import vn.sct.tracker.common.InputText;
import vn.sct.tracker.common.Messages;
import vn.sct.tracker.common.ValidationException;
import vn.sct.tracker.directive.DirectiveService;
import vn.sct.tracker.directive.RegisterDirective;
import vn.sct.tracker.directive.SourceType;

/**
 * Reads a programme's rows into registrations and checks each against every rule a registration must
 * meet, without writing anything: all problems of the file are found at once, each with its row and
 * column.
 */
@Component
public class ProgrammeRows {

    /** A row that can be registered: its key, what it registers, the division proposed to lead. */
    public record Row(int number, String key, RegisterDirective registration, String proposedLead,
                      String fingerprint) {
    }

    /** The rows of a file, or what is wrong with it; never both. */
    public record Checked(List<Row> rows, List<ImportError> errors, Map<ProgrammeColumn, Integer> columns) {
    }

    /** Headings a table commonly has that the import passes over: the row number and this report's own. */
    private static final Set<String> IGNORED = Set.of("stt", "tt", "so thu tu", "loi", "errors");

    private final DirectiveService directives;
    private final Intakes intakes;

    public ProgrammeRows(DirectiveService directives, Intakes intakes) {
        this.directives = directives;
        this.intakes = intakes;
    }

    public Checked check(List<SheetRow> sheet, Locale locale) {
        List<ImportError> errors = new ArrayList<>();
        if (sheet.isEmpty()) {
            errors.add(new ImportError(1, "", null, Messages.get(locale, "reason.import.noHeading")));
            return new Checked(List.of(), errors, Map.of());
        }
        Map<ProgrammeColumn, Integer> columns = headings(sheet.get(0), locale, errors);
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> firstRowOfKey = new HashMap<>();
        for (SheetRow r : sheet.subList(1, sheet.size())) {
            if (r.blank() || !errors.isEmpty() && errors.get(0).row() == 1) {
                continue;
            }
            Row row = row(r, columns, locale, errors);
            if (row == null) {
                continue;
            }
            Integer earlier = firstRowOfKey.putIfAbsent(row.key(), row.number());
            if (earlier != null) {
                errors.add(new ImportError(row.number(), ProgrammeColumn.EXTERNAL_ID.heading(locale),
                        ProgrammeColumn.EXTERNAL_ID.field(), Messages.get(locale, "reason.import.duplicateRow", earlier)));
                continue;
            }
            rows.add(row);
        }
        if (errors.isEmpty() && rows.isEmpty()) {
            errors.add(new ImportError(2, "", null, Messages.get(locale, "reason.import.noRows")));
        }
        return errors.isEmpty() ? new Checked(rows, List.of(), columns) : new Checked(List.of(), errors, columns);
    }

    private Map<ProgrammeColumn, Integer> headings(SheetRow heading, Locale locale, List<ImportError> errors) {
        Map<ProgrammeColumn, Integer> columns = new EnumMap<>(ProgrammeColumn.class);
        for (int c = 0; c < heading.cells().size(); c++) {
            String h = heading.cell(c);
            if (h.isBlank() || IGNORED.contains(ProgrammeColumn.plain(h))) {
                continue;
            }
            var column = ProgrammeColumn.ofHeading(h);
            if (column.isEmpty()) {
                errors.add(new ImportError(1, InputText.visible(h), null,
                        Messages.get(locale, "reason.import.unknownColumn", InputText.visible(h))));
            } else if (columns.putIfAbsent(column.get(), c) != null) {
                errors.add(new ImportError(1, h, column.get().field(),
                        Messages.get(locale, "reason.import.columnTwice", h)));
            }
        }
        for (ProgrammeColumn c : ProgrammeColumn.values()) {
            if (c.required() && !columns.containsKey(c)) {
                errors.add(new ImportError(1, c.heading(locale), c.field(),
                        Messages.get(locale, "reason.import.missingColumn", c.heading(locale))));
            }
        }
        return columns;
    }

    private Row row(SheetRow r, Map<ProgrammeColumn, Integer> columns, Locale locale, List<ImportError> errors) {
        int before = errors.size();
        Cells cells = new Cells(r, columns, locale, errors);
        SourceType type = cells.read(ProgrammeColumn.SOURCE_TYPE, ProgrammeRows::sourceType);
        LocalDate docDate = cells.read(ProgrammeColumn.SOURCE_DOC_DATE, v -> InputDates.date(v, "sourceDocDate"));
        LocalDate deadline = cells.read(ProgrammeColumn.DEADLINE, v -> InputDates.date(v, "deadline"));
        String lead = cells.read(ProgrammeColumn.PROPOSED_LEAD, v -> intakes.proposedLead("proposedLeadDivision", v));
        String key = cells.read(ProgrammeColumn.EXTERNAL_ID, v -> v.isBlank() ? null : Intakes.key("externalId", v));
        RegisterDirective in = new RegisterDirective(type, cells.raw(ProgrammeColumn.SOURCE_DOC_NUMBER), docDate,
                cells.raw(ProgrammeColumn.SOURCE_ISSUER), cells.raw(ProgrammeColumn.SOURCE_SUMMARY),
                cells.raw(ProgrammeColumn.CONTENT), deadline);
        if (errors.size() > before) {
            return null;
        }
        try {
            directives.checkRegistration(in);
        } catch (ValidationException refused) {
            cells.refuse(refused);
            return null;
        }
        return new Row(r.number(), key != null ? key : contentKey(in), in, lead, Intakes.fingerprint(in, lead));
    }

    /**
     * The key of a row without the source system's id: what identifies the task in its document (source, number,
     * date, issuer, summary), so the same row imported again is recognised.
     */
    static String contentKey(RegisterDirective in) {
        return "row:" + Intakes.sha256(String.join("\u001f", in.sourceType().name(), in.sourceDocNumber(),
                in.sourceDocDate().toString(), in.sourceIssuer(), in.sourceSummary())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A source type by its code (UBND_TINH) or its Vietnamese name. */
    static SourceType sourceType(String value) {
        String v = value.strip();
        if (v.isEmpty()) {
            return null;
        }
        for (SourceType t : SourceType.values()) {
            if (t.name().equalsIgnoreCase(v) || ProgrammeColumn.plain(t.label()).equals(ProgrammeColumn.plain(v))) {
                return t;
            }
        }
        throw new ValidationException("sourceType", "reason.chooseSourceType");
    }

    /** The cells of one row, each read by its column, each refusal recorded with its row and column. */
    private static final class Cells {
        private final SheetRow row;
        private final Map<ProgrammeColumn, Integer> columns;
        private final Locale locale;
        private final List<ImportError> errors;

        Cells(SheetRow row, Map<ProgrammeColumn, Integer> columns, Locale locale, List<ImportError> errors) {
            this.row = row;
            this.columns = columns;
            this.locale = locale;
            this.errors = errors;
        }

        String raw(ProgrammeColumn c) {
            Integer i = columns.get(c);
            return i == null ? null : row.cell(i);
        }

        <T> T read(ProgrammeColumn c, java.util.function.Function<String, T> parse) {
            String v = raw(c);
            if (v == null) {
                return null;
            }
            try {
                return parse.apply(v);
            } catch (ValidationException refused) {
                refuse(refused);
                return null;
            }
        }

        void refuse(ValidationException refused) {
            ProgrammeColumn column = java.util.Arrays.stream(ProgrammeColumn.values())
                    .filter(c -> c.field().equals(refused.field())).findFirst().orElse(null);
            errors.add(new ImportError(row.number(), column == null ? "" : column.heading(locale), refused.field(),
                    refused.message(locale)));
        }
    }
}
