package vn.sct.tracker.report;

import java.util.List;

/**
 * A part of a report in words, after the tables: e.g. the Office's assessment, which divisions
 * reported, the tasks registered for the province's work programme.
 *
 * @param title      the heading, e.g. "ĐÁNH GIÁ CHUNG, ĐỀ XUẤT" (numbered by the writer)
 * @param paragraphs its paragraphs, in order
 */
public record ReportSection(String title, List<String> paragraphs) {

    public ReportSection {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
    }
}
