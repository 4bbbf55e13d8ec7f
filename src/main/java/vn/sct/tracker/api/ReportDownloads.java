package vn.sct.tracker.api;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.sct.tracker.common.ValidationException;
import vn.sct.tracker.report.DirectiveReport;
import vn.sct.tracker.report.ReportLetterhead;
import vn.sct.tracker.report.ReportProperties;
import vn.sct.tracker.report.ReportSection;
import vn.sct.tracker.report.export.DocxReportWriter;
import vn.sct.tracker.report.export.XlsxReportWriter;

/** Reports as files to download (XLSX or DOCX), with the configured letterhead. */
@Component
public class ReportDownloads {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final XlsxReportWriter xlsx;
    private final DocxReportWriter docx;
    private final ReportProperties letterhead;

    public ReportDownloads(XlsxReportWriter xlsx, DocxReportWriter docx, ReportProperties letterhead) {
        this.xlsx = xlsx;
        this.docx = docx;
        this.letterhead = letterhead;
    }

    /** The letterhead from the configuration, with the report's number, date and signer. */
    ReportLetterhead letterhead(String number, String signerName, LocalDate date) {
        ReportProperties.Letterhead l = letterhead.letterhead();
        return new ReportLetterhead(l.governingBody(), l.agency(), number == null ? "" : number, l.place(), date,
                l.signerTitle(), signerName == null ? "" : signerName, l.recipients());
    }

    ResponseEntity<byte[]> file(DirectiveReport report, ReportLetterhead head,
                                List<ReportSection> sections, String format, String name) {
        boolean word = "docx".equalsIgnoreCase(format);
        if (!word && !"xlsx".equalsIgnoreCase(format)) {
            throw new ValidationException("format", "reason.xlsxOrDocx");
        }
        byte[] content = word ? docx.write(report, head, sections) : xlsx.write(report, head, sections);
        return ResponseEntity.ok().contentType(word ? DOCX : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + (word ? ".docx" : ".xlsx")).build().toString())
                .body(content);
    }
}
