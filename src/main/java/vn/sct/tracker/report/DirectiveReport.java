package vn.sct.tracker.report;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The figures of a period: one row per division (in the organisation's order), the Department's
 * total and the accountability list.
 *
 * @param period         the days covered
 * @param asOf           the moment the directives were classified at: the end of the period, or now if earlier
 * @param divisions      one row per division (divisions with no directives included, all zero)
 * @param total          the sum over all divisions (divisionCode null)
 * @param accountability late and overdue directives, by division then days late (most first): all of them,
 *                       or the page asked for
 * @param accountabilityCount the number of late and overdue directives in all
 */
public record DirectiveReport(ReportPeriod period, OffsetDateTime asOf, List<DivisionFigures> divisions,
                              DivisionFigures total, List<AccountabilityItem> accountability,
                              int accountabilityCount) {
}
