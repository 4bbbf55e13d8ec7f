package vn.sct.tracker.report;

import org.springframework.stereotype.Component;

/**
 * When the monthly report opens: 07:30 (Vietnamese time) on {@code tracker.reports.monthly.start-day}
 * of every month. A bean of its own, without engine services, because the engine evaluates the timer
 * start event's cycle ({@code ${monthlyReportSchedule.cycle()}}) while it deploys, before its services exist.
 */
@Component("monthlyReportSchedule")
public class MonthlyReportSchedule {

    private final int startDay;

    public MonthlyReportSchedule(ReportProperties properties) {
        this.startDay = properties.monthly().startDay();
    }

    /** A Quartz-style cron for the engine's timer cycle. */
    public String cycle() {
        return "0 30 7 " + startDay + " * ?";
    }
}
