package vn.sct.tracker.intake;

import java.time.OffsetDateTime;

/**
 * One import of a programme: who imported which file when, how many directive rows it had, how many
 * directives it registered and how many rows were registered before (the same key with the same content).
 */
public record DirectiveImport(String id, String fileName, ImportFormat format, String fileSha256, int rows,
                              int created, int existing, String importedBy, OffsetDateTime importedAt) {
}
