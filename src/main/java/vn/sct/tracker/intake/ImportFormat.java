package vn.sct.tracker.intake;

import java.util.Locale;
import java.util.Optional;

/** The spreadsheet formats a programme is imported from (and its template and error report written in). */
public enum ImportFormat {
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    CSV("text/csv; charset=UTF-8", "csv");

    private final String mediaType;
    private final String extension;

    ImportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The format of a file by its content: an XLSX file is a ZIP archive ("PK"); anything else is read as CSV. */
    public static ImportFormat of(byte[] content) {
        return content.length >= 2 && content[0] == 'P' && content[1] == 'K' ? XLSX : CSV;
    }

    /** A format asked for by name (xlsx, csv). */
    public static Optional<ImportFormat> named(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.strip().toLowerCase(Locale.ROOT);
        for (ImportFormat f : values()) {
            if (f.extension.equals(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
