package vn.sct.tracker.process.monthly;

import vn.sct.tracker.report.LateReportOutcome;
import vn.sct.tracker.report.MonthlyDecision;

/** Ids of {@code bpmn/monthly-report.bpmn} and the names of its variables and form fields. */
public final class MonthlyReport {

    public static final String PROCESS_KEY = "monthly-report";

    public static final String START_MONTHLY = "StartEvent_MonthlyReportDue";
    public static final String TASK_OPEN_PERIOD = "Task_OpenReportPeriod";
    public static final String GATEWAY_ALREADY_OPEN = "Gateway_PeriodAlreadyOpen";
    public static final String END_ALREADY_OPEN = "EndEvent_PeriodAlreadyOpen";
    public static final String SUBPROCESS_DIVISION = "SubProcess_DivisionReport";
    public static final String START_DIVISION = "StartEvent_DivisionReport";
    public static final String TASK_DIVISION_REPORT = "Task_DivisionReport";
    public static final String EVENT_DIVISION_DUE = "Event_DivisionReportDue";
    public static final String TASK_ESCALATE_MISSING = "Task_EscalateMissingReport";
    public static final String TASK_RECEIVE_LATE = "Task_ReceiveLateReport";
    public static final String GATEWAY_LATE_RECEIVED = "Gateway_LateReportReceived";
    public static final String END_DIVISION_REPORTED = "EndEvent_DivisionReported";
    public static final String END_DIVISION_REPORTED_LATE = "EndEvent_DivisionReportedLate";
    public static final String END_DIVISION_NOT_REPORTED = "EndEvent_DivisionNotReported";
    /** Into the compilation: when the divisions are done, and again when the Director returns it. */
    public static final String GATEWAY_MERGE_COMPILE = "Gateway_MergeCompile";
    public static final String TASK_COMPILE = "Task_CompileReport";
    public static final String TASK_APPROVE = "Task_ApproveReport";
    public static final String GATEWAY_APPROVED = "Gateway_DirectorApproved";
    public static final String TASK_STORE = "Task_StoreApprovedReport";
    public static final String END_APPROVED = "EndEvent_ReportApproved";

    /** Process variables: the report's id, the moment divisions must have reported by, the division of a branch. */
    public static final String VAR_REPORT_ID = "reportId";
    public static final String VAR_REPORT_MONTH = "reportMonth";
    public static final String VAR_ALREADY_OPEN = "alreadyOpen";
    public static final String VAR_DIVISION_DUE_AT = "divisionDueAt";
    public static final String VAR_DIVISION = "division";
    public static final String VAR_DIRECTOR_APPROVED = "directorApproved";

    /** Form fields (task-local). */
    public static final String FIELD_FIGURES_CONFIRMED = "figuresConfirmed";
    public static final String FIELD_FIGURES_NOTE = "figuresNote";
    public static final String FIELD_EXPLANATIONS = "explanations";
    public static final String FIELD_PROGRAMME_TASKS = "programmeTasks";
    public static final String FIELD_LATE_OUTCOME = "lateOutcome";
    public static final String FIELD_OFFICE_SUMMARY = "officeSummary";
    public static final String FIELD_DOCUMENT_NUMBER = "documentNumber";
    public static final String FIELD_DECISION = "decision";
    public static final String FIELD_COMMENT = "comment";

    public static final String OUTCOME_RECEIVED = LateReportOutcome.RECEIVED.name();
    public static final String OUTCOME_NOT_REPORTED = LateReportOutcome.NOT_REPORTED.name();
    public static final String DECISION_APPROVE = MonthlyDecision.APPROVE.name();
    public static final String DECISION_RETURN = MonthlyDecision.RETURN.name();

    private MonthlyReport() {
    }
}
