package vn.sct.tracker.process.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.sct.tracker.common.Actor;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.Messages;
import vn.sct.tracker.common.InputText;
import vn.sct.tracker.common.ValidationException;
import vn.sct.tracker.intake.DirectiveImport;
import vn.sct.tracker.intake.ImportError;
import vn.sct.tracker.intake.ImportErrorReport;
import vn.sct.tracker.intake.ImportFormat;
import vn.sct.tracker.intake.IntakeRepository;
import vn.sct.tracker.intake.Intakes;
import vn.sct.tracker.intake.ProgrammeRows;
import vn.sct.tracker.intake.ProgrammeSheet;
import vn.sct.tracker.intake.SheetRow;
import vn.sct.tracker.notification.Notifier;
import vn.sct.tracker.organisation.OrganisationService;

/**
 * The import of a programme (XLSX or CSV): every row checked first; then all its new directives registered
 * and their lifecycles started in one transaction, or none. Rows registered before (the same key with the
 * same content) are counted, not registered again: importing the same file twice creates nothing. An import
 * that registered directives is recorded: who, when, which file, how many rows.
 */
@Component
public class ProgrammeImport {

    /** What an import did, or why it did nothing. */
    public sealed interface Outcome permits Imported, Refused {
    }

    /**
     * @param record         the import's record; null when every row was registered before
     * @param created        the directives registered now, in the order of their rows
     * @param existing       the directives its rows had registered before
     * @param earlierImports earlier imports of the same file
     */
    public record Imported(DirectiveImport record, List<String> created, List<String> existing,
                           List<String> earlierImports) implements Outcome {
    }

    /** The file's problems, and the file given back with them (its own format and shape). */
    public record Refused(List<ImportError> errors, byte[] report, ImportFormat format) implements Outcome {
    }

    private final DirectiveIntake intake;
    private final ProgrammeRows rows;
    private final Intakes intakes;
    private final IntakeRepository repository;
    private final TransactionTemplate transaction;
    private final Notifier notifier;
    private final OrganisationService organisation;

    public ProgrammeImport(DirectiveIntake intake, ProgrammeRows rows, Intakes intakes, IntakeRepository repository,
                           PlatformTransactionManager transactions, Notifier notifier, OrganisationService organisation) {
        this.notifier = notifier;
        this.organisation = organisation;
        this.intake = intake;
        this.rows = rows;
        this.intakes = intakes;
        this.repository = repository;
        this.transaction = new TransactionTemplate(transactions);
    }

    public Outcome importFile(String fileName, byte[] content, Locale locale, String actor) {
        intake.requireMayRegister();
        ImportFormat format = ImportFormat.of(content);
        List<SheetRow> sheet = ProgrammeSheet.read(content, format);
        ProgrammeRows.Checked checked = rows.check(sheet, locale);
        if (!checked.errors().isEmpty()) {
            return refused(sheet, checked.errors(), checked, format, locale);
        }
        try {
            return register(fileName, content, format, sheet, checked, locale, actor);
        } catch (DuplicateKeyException sameRowsMeanwhile) {
            // another import of the same rows committed first: now they are known
            return register(fileName, content, format, sheet, checked, locale, actor);
        }
    }

    private Outcome register(String fileName, byte[] content, ImportFormat format, List<SheetRow> sheet,
                             ProgrammeRows.Checked checked, Locale locale, String actor) {
        Map<String, IntakeRepository.Intake> known = repository.findAll(
                        checked.rows().stream().map(ProgrammeRows.Row::key).toList()).stream()
                .collect(Collectors.toMap(IntakeRepository.Intake::key, Function.identity()));
        List<ImportError> conflicts = new ArrayList<>();
        List<String> existing = new ArrayList<>();
        List<ProgrammeRows.Row> fresh = new ArrayList<>();
        for (ProgrammeRows.Row row : checked.rows()) {
            IntakeRepository.Intake found = known.get(row.key());
            if (found == null) {
                fresh.add(row);
                continue;
            }
            try {
                existing.add(Intakes.same("externalId", found, row.fingerprint()));
            } catch (ValidationException conflict) {
                conflicts.add(new ImportError(row.number(), "", conflict.field(), conflict.message(locale)));
            }
        }
        if (!conflicts.isEmpty()) {
            return refused(sheet, conflicts, checked, format, locale);
        }
        String sha = Intakes.sha256(content);
        List<String> earlier = repository.importsOfFile(sha).stream().map(DirectiveImport::id).toList();
        if (fresh.isEmpty()) {
            return new Imported(null, List.of(), existing, earlier);
        }
        List<String> created = new ArrayList<>();
        int[] failedRow = {0};
        try {
            DirectiveImport record = notifier.withoutSingleMails(() -> transaction.execute(status -> {
                String id = repository.nextImportId();
                String definition = intake.latestDefinition();
                for (ProgrammeRows.Row row : fresh) {
                    failedRow[0] = row.number();
                    String directive = intake.start(row.registration(), row.proposedLead(), definition);
                    intakes.record(row.key(), row.fingerprint(), directive, row.proposedLead(), id, row.number(), actor);
                    created.add(directive);
                }
                DirectiveImport imported = new DirectiveImport(id, name(fileName), format, sha, checked.rows().size(),
                        created.size(), existing.size(), actor, AppClock.now());
                repository.insertImport(imported);
                return imported;
            }));
            tellTheDirector(record, created);
            return new Imported(record, created, existing, earlier);
        } catch (ValidationException refusedOnStart) {
            return refused(sheet, List.of(new ImportError(failedRow[0], "", refusedOnStart.field(),
                    refusedOnStart.message(locale))), checked, format, locale);
        }
    }

    /** One e-mail for the whole import instead of one per directive: the directives wait for the Director. */
    private void tellTheDirector(DirectiveImport record, List<String> created) {
        String list = created.size() <= 50 ? String.join(", ", created)
                : String.join(", ", created.subList(0, 50)) + ", …";
        notifier.send(List.of(Actor.group(organisation.directorGroup())),
                Messages.get(Messages.VIETNAMESE, "mail.import.subject", record.id(), created.size()),
                Messages.get(Messages.VIETNAMESE, "mail.import.body", created.size(), record.fileName(),
                        organisation.displayName(record.importedBy()), list));
    }

    private static Refused refused(List<SheetRow> sheet, List<ImportError> errors, ProgrammeRows.Checked checked,
                                   ImportFormat format, Locale locale) {
        return new Refused(errors, ImportErrorReport.write(sheet, errors, checked.columns(), format, locale), format);
    }

    /** The file's name as recorded: its last part, one line, at most 255 characters. */
    static String name(String fileName) {
        String n = fileName == null || fileName.isBlank() ? "-" : fileName.strip();
        n = n.substring(Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\')) + 1);
        n = InputText.visible(n).replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
        return n.length() > 255 ? n.substring(0, 255) : n.isBlank() ? "-" : n;
    }
}
