package vn.sct.tracker.report;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The letterhead of exported reports ({@code tracker.report.*}, README): the governing body and the
 * agency in the header, the place in the date line, the signer's title and the recipients.
 */
@ConfigurationProperties("tracker.report")
public record ReportProperties(String governingBody, String agency, String place, String signerTitle,
                               List<String> recipients) {

    public ReportProperties {
        governingBody = governingBody == null ? "UBND TỈNH" : governingBody;
        agency = agency == null ? "SỞ CÔNG THƯƠNG" : agency;
        place = place == null ? "" : place;
        signerTitle = signerTitle == null ? "GIÁM ĐỐC" : signerTitle;
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
