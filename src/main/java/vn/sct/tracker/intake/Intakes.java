package vn.sct.tracker.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sct.tracker.common.ConflictException;
import vn.sct.tracker.common.Text;
import vn.sct.tracker.common.ValidationException;
import vn.sct.tracker.directive.RegisterDirective;
import vn.sct.tracker.organisation.OrganisationService;

/**
 * The rules of directives arriving from other systems: each comes under a key (the source system's
 * document id); the same key with the same content is the same directive (a retried delivery, an import
 * run twice), the same key with other content is refused as a conflict.
 */
@Service
@Transactional
public class Intakes {

    /** The longest key a source system may give. */
    public static final int MAX_KEY = 200;

    private final IntakeRepository repository;
    private final OrganisationService organisation;

    public Intakes(IntakeRepository repository, OrganisationService organisation) {
        this.repository = repository;
        this.organisation = organisation;
    }

    /** A key as given: one line of visible characters, at most {@link #MAX_KEY}; required. */
    public static String key(String field, String value) {
        String key = Text.line(field, value, MAX_KEY);
        if (key == null) {
            throw new ValidationException(field, "reason.required");
        }
        return key;
    }

    /** The division proposed to lead, as a known division's code, or null. */
    public String proposedLead(String field, String value) {
        String code = Text.line(field, value, 20);
        if (code == null) {
            return null;
        }
        String upper = code.toUpperCase(java.util.Locale.ROOT);
        if (organisation.division(upper).isPresent()) {
            return upper;
        }
        return organisation.divisions().stream().filter(d -> d.name().equalsIgnoreCase(code)).map(d -> d.code())
                .findFirst().orElseThrow(() -> new ValidationException(field, "reason.noSuchDivision", code));
    }

    /** What was sent, as one SHA-256: every field of the registration and the proposed lead division. */
    public static String fingerprint(RegisterDirective in, String proposedLead) {
        String canonical = Stream.of(in.sourceType(), in.sourceDocNumber(), in.sourceDocDate(), in.sourceIssuer(),
                        in.sourceSummary(), in.content(), in.deadline(), proposedLead)
                .map(v -> v == null ? "" : v.toString()).collect(Collectors.joining("\u001f"));
        return sha256(canonical.getBytes(StandardCharsets.UTF_8));
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The directive registered under {@code key} before, if its content was the same.
     *
     * @throws ConflictException if the key stands for a directive with other content
     */
    @Transactional(readOnly = true)
    public Optional<String> known(String field, String key, String fingerprint) {
        return repository.find(key).map(i -> same(field, i, fingerprint));
    }

    /** The directive of an intake found for {@code key}, if its content is the same; else the conflict. */
    public static String same(String field, IntakeRepository.Intake found, String fingerprint) {
        if (!found.fingerprint().equals(fingerprint)) {
            throw new ConflictException(field, "reason.intake.keyUsed", found.key(), found.directiveId());
        }
        return found.directiveId();
    }

    /** Records that {@code directiveId} arrived under {@code key}. */
    public void record(String key, String fingerprint, String directiveId, String proposedLead, String importId,
                       Integer importRow, String actor) {
        repository.insert(new IntakeRepository.Intake(key, directiveId, fingerprint, proposedLead, importId, importRow),
                actor);
    }
}
