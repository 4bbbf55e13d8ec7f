package vn.sct.tracker.report;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The reports ({@code tracker.reports.*}).
 *
 * @param letterhead what exported reports carry in their header and signature block
 * @param monthly    when the monthly report opens and how long divisions have to confirm
 */
@ConfigurationProperties("tracker.reports")
public record ReportProperties(@DefaultValue Letterhead letterhead, @DefaultValue Monthly monthly) {

    /**
     * @param governingBody the governing body in the header (cơ quan chủ quản)
     * @param agency        the agency (cơ quan ban hành)
     * @param place         the place in the date line
     * @param signerTitle   the signer's title
     * @param recipients    the "Nơi nhận" lines
     */
    public record Letterhead(@DefaultValue("UBND TỈNH") String governingBody,
                             @DefaultValue("SỞ CÔNG THƯƠNG") String agency,
                             @DefaultValue("") String place,
                             @DefaultValue("GIÁM ĐỐC") String signerTitle,
                             @DefaultValue List<String> recipients) {

        public Letterhead {
            recipients = recipients == null ? List.of() : List.copyOf(recipients);
        }
    }

    /**
     * @param startDay     the day of the month (1-28) the report opens, at 07:30
     * @param divisionDays working days the divisions then have to confirm their figures
     * @param firstMonth   the first month a report may be opened for; empty: the month the product was
     *                     installed on this database
     */
    public record Monthly(@DefaultValue("20") int startDay, @DefaultValue("3") int divisionDays,
                          String firstMonth) {

        public Monthly {
            if (startDay < 1 || startDay > 28) {
                throw new IllegalStateException("tracker.reports.monthly.start-day must be 1 to 28 (is " + startDay + ")");
            }
            if (divisionDays < 1) {
                throw new IllegalStateException("tracker.reports.monthly.division-days must be at least 1");
            }
            firstMonth = firstMonth == null || firstMonth.isBlank() ? null : firstMonth.strip();
        }

        /** {@link #firstMonth} as a month, or null. */
        public java.time.YearMonth firstReportMonth() {
            return firstMonth == null ? null : vn.sct.tracker.common.InputDates.month(firstMonth,
                    "tracker.reports.monthly.first-month");
        }
    }
}
