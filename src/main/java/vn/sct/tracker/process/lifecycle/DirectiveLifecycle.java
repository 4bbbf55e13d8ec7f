package vn.sct.tracker.process.lifecycle;

import java.util.Set;
import vn.sct.tracker.directive.DirectorDecision;
import vn.sct.tracker.directive.ReviewDecision;

/**
 * Ids and variable names of the BPMN process {@code directive-lifecycle} (bpmn/directive-lifecycle.bpmn).
 * The diagram, its handlers and the tests all refer to these constants; ids are stable because running
 * instances and reports depend on them.
 */
public final class DirectiveLifecycle {

    private DirectiveLifecycle() {
    }

    public static final String PROCESS_KEY = "directive-lifecycle";

    // Flow nodes
    public static final String START_REGISTERED = "StartEvent_DirectiveRegistered";
    public static final String TASK_ASSIGN = "Task_AssignDirective";
    public static final String TASK_ASSIGN_SPECIALIST = "Task_AssignSpecialist";
    public static final String GATEWAY_SPLIT_DRAFTING = "Gateway_SplitDrafting";
    public static final String TASK_DRAFT = "Task_DraftResponse";
    public static final String TASK_COORDINATING_OPINION = "Task_CoordinatingOpinion";
    public static final String GATEWAY_JOIN_DRAFTING = "Gateway_JoinDrafting";
    public static final String GATEWAY_MERGE_HEAD_REVIEW = "Gateway_MergeHeadReview";
    public static final String TASK_REVIEW_BY_HEAD = "Task_ReviewByHead";
    public static final String GATEWAY_HEAD_APPROVED = "Gateway_HeadApproved";
    public static final String GATEWAY_MERGE_DEPUTY_REVIEW = "Gateway_MergeDeputyReview";
    public static final String TASK_REVIEW_BY_DEPUTY = "Task_ReviewByDeputy";
    public static final String GATEWAY_DEPUTY_APPROVED = "Gateway_DeputyApproved";
    public static final String TASK_SIGN_BY_DIRECTOR = "Task_SignByDirector";
    public static final String GATEWAY_DIRECTOR_DECISION = "Gateway_DirectorDecision";
    public static final String GATEWAY_MERGE_REVISE = "Gateway_MergeRevise";
    public static final String TASK_REVISE_DRAFT = "Task_ReviseDraft";
    public static final String TASK_ISSUE_AND_CLOSE = "Task_IssueAndClose";
    public static final String END_CLOSED = "EndEvent_DirectiveClosed";
    public static final String SUBPROCESS_HANDLE = "SubProcess_HandleDirective";
    public static final String START_HANDLING = "StartEvent_HandlingStarted";
    public static final String GATEWAY_SPLIT_WATCH = "Gateway_SplitWatch";
    public static final String END_HANDLING_COMPLETED = "EndEvent_HandlingCompleted";

    // The deadline watch: its timers read the *_AT variables below, so a new deadline moves them. A granted
    // extension interrupts the watch with a message; it is planned again and starts over.
    public static final String SUBPROCESS_DEADLINE_WATCH = "SubProcess_DeadlineWatch";
    public static final String START_WATCH = "StartEvent_WatchStarted";
    /** Into the watch: at the start, and again after a granted extension. */
    public static final String GATEWAY_MERGE_WATCH = "Gateway_MergeWatch";
    public static final String EVENT_DEADLINE_EXTENDED = "Event_DeadlineExtended";
    public static final String TASK_RESTART_WATCH = "Task_RestartDeadlineWatch";
    public static final String MESSAGE_DEADLINE_EXTENDED = "directive-deadline-extended";
    public static final String EVENT_REMINDER_DUE = "Event_ReminderDue";
    public static final String TASK_SEND_REMINDER = "Task_SendReminder";
    public static final String EVENT_DEADLINE_PASSED = "Event_DeadlinePassed";
    public static final String TASK_MARK_OVERDUE = "Task_MarkOverdue";
    public static final String GATEWAY_SPLIT_OVERDUE = "Gateway_SplitOverdue";
    public static final String GATEWAY_MERGE_CHASE = "Gateway_MergeChase";
    public static final String TASK_CHASE = "Task_ChaseDirective";
    public static final String EVENT_CHASE_ROUND_DUE = "Event_ChaseRoundDue";
    public static final String EVENT_WAIT_NEXT_CHASE = "Event_WaitNextChase";
    public static final String GATEWAY_MERGE_NEXT_ROUND = "Gateway_MergeNextRound";
    public static final String TASK_START_CHASE_ROUND = "Task_StartChaseRound";
    public static final String EVENT_DIRECTOR_NOTIFY_DUE = "Event_DirectorNotifyDue";
    public static final String TASK_NOTIFY_DIRECTOR = "Task_NotifyDirector";
    public static final String END_DIRECTOR_NOTIFIED = "EndEvent_DirectorNotified";
    public static final String EVENT_HEAD_REVIEW_LATE = "Event_HeadReviewLate";
    public static final String EVENT_DEPUTY_REVIEW_LATE = "Event_DeputyReviewLate";
    public static final String EVENT_DIRECTOR_REVIEW_LATE = "Event_DirectorReviewLate";
    public static final String GATEWAY_MERGE_REVIEW_LATE = "Gateway_MergeReviewLate";
    public static final String TASK_NOTIFY_REVIEW_LATE = "Task_NotifyReviewLate";
    public static final String END_REVIEW_LATE_NOTIFIED = "EndEvent_ReviewLateNotified";

    /** Timers whose moment follows the directive's deadline; recalculated when the deadline changes. */
    public static final Set<String> WATCH_TIMERS = Set.of(EVENT_REMINDER_DUE,
            EVENT_DEADLINE_PASSED, EVENT_CHASE_ROUND_DUE, EVENT_WAIT_NEXT_CHASE, EVENT_DIRECTOR_NOTIFY_DUE);

    /** Every flow node of the deadline watch and the review time limits. */
    public static final Set<String> DEADLINE_NODES = Set.of(SUBPROCESS_DEADLINE_WATCH, START_WATCH, EVENT_REMINDER_DUE,
            TASK_SEND_REMINDER, EVENT_DEADLINE_PASSED, TASK_MARK_OVERDUE, GATEWAY_SPLIT_OVERDUE, GATEWAY_MERGE_CHASE,
            TASK_CHASE, EVENT_CHASE_ROUND_DUE, EVENT_WAIT_NEXT_CHASE, GATEWAY_MERGE_NEXT_ROUND,
            TASK_START_CHASE_ROUND, EVENT_DIRECTOR_NOTIFY_DUE, TASK_NOTIFY_DIRECTOR, END_DIRECTOR_NOTIFIED,
            EVENT_HEAD_REVIEW_LATE, EVENT_DEPUTY_REVIEW_LATE, EVENT_DIRECTOR_REVIEW_LATE, GATEWAY_MERGE_REVIEW_LATE,
            TASK_NOTIFY_REVIEW_LATE, END_REVIEW_LATE_NOTIFIED);

    /** The flow nodes only a granted extension visits. */
    public static final Set<String> EXTENSION_NODES = Set.of(EVENT_DEADLINE_EXTENDED, TASK_RESTART_WATCH);

    /** The review steps, each with its own time limit. */
    public static final Set<String> REVIEW_STEPS = Set.of(TASK_REVIEW_BY_HEAD, TASK_REVIEW_BY_DEPUTY,
            TASK_SIGN_BY_DIRECTOR);

    // Forms (forms/*.form ids)
    public static final String FORM_REGISTER = "directive-register";

    // Process variables: only ids, routing decisions and dates; the record itself lives in the product's tables
    public static final String VAR_DIRECTIVE_ID = "directiveId";
    /**
     * The division proposed to lead, when a directive arrives from another system or an import: a transient
     * variable (never stored) that preselects the Director's choice on the assignment form.
     */
    public static final String VAR_PROPOSED_LEAD = "proposedLeadDivision";
    /** The start event's initiator: who registered. */
    public static final String VAR_REGISTERED_BY = "registeredBy";
    public static final String VAR_LEAD_DIVISION = "leadDivision";
    public static final String VAR_COORDINATING_DIVISIONS = "coordinatingDivisions";
    public static final String VAR_COORDINATING_DIVISION = "coordinatingDivision";
    public static final String VAR_DEPUTY_IN_CHARGE = "deputyInCharge";
    public static final String VAR_SPECIALIST = "specialist";
    public static final String VAR_DEADLINE_DATE = "deadlineDate";
    public static final String VAR_HEAD_APPROVED = "headApproved";
    public static final String VAR_DEPUTY_APPROVED = "deputyApproved";
    public static final String VAR_DIRECTOR_DECISION = "directorDecision";
    public static final String VAR_REMINDER_AT = "reminderAt";
    public static final String VAR_OVERDUE_AT = "overdueAt";
    public static final String VAR_NEXT_CHASE_AT = "nextChaseAt";
    public static final String VAR_DIRECTOR_NOTIFY_AT = "directorNotifyAt";

    // Start form fields (removed from the process once the record holds them)
    public static final String FIELD_SOURCE_TYPE = "sourceType";
    public static final String FIELD_SOURCE_DOC_NUMBER = "sourceDocNumber";
    public static final String FIELD_SOURCE_DOC_DATE = "sourceDocDate";
    public static final String FIELD_SOURCE_ISSUER = "sourceIssuer";
    public static final String FIELD_SOURCE_SUMMARY = "sourceSummary";
    public static final String FIELD_CONTENT = "content";
    public static final String FIELD_DEADLINE = "deadline";
    public static final String FIELD_LEAD_DIVISION = "leadDivision";
    public static final String FIELD_COORDINATING_DIVISIONS = "coordinatingDivisions";
    public static final String FIELD_DEPUTY_IN_CHARGE = "deputyInCharge";
    public static final String FIELD_SPECIALIST = "specialist";

    // Task form fields (task-local variables: submitted values never reach the process scope)
    public static final String FIELD_ASSIGN_NOTE = "assignNote";
    public static final String FIELD_NOTE = "note";
    public static final String FIELD_DRAFT_SUMMARY = "draftSummary";
    public static final String FIELD_DRAFT_REFERENCE = "draftReference";
    public static final String FIELD_OPINION = "opinion";
    public static final String FIELD_DECISION = "decision";
    public static final String FIELD_COMMENT = "comment";
    public static final String FIELD_RESULT_DOC_NUMBER = "resultDocNumber";
    public static final String FIELD_RESULT_DOC_DATE = "resultDocDate";
    public static final String FIELD_COMPLETION_REPORT = "completionReport";
    public static final String FIELD_CHASE_METHOD = "chaseMethod";
    public static final String FIELD_CHASE_NOTE = "chaseNote";

    // Options for dynamic selects (task-local JSON variables, read-only: named ...Options, TaskForms.isDisplayCopy)
    public static final String OPTIONS_DIVISIONS = "divisionOptions";
    public static final String OPTIONS_DEPUTIES = "deputyOptions";
    public static final String OPTIONS_SPECIALISTS = "specialistOptions";

    // Decisions, as the forms send them (see ReviewDecision, DirectorDecision)
    public static final String DECISION_APPROVE = ReviewDecision.APPROVE.name();
    public static final String DECISION_RETURN = ReviewDecision.RETURN.name();
    public static final String DECISION_SIGN = DirectorDecision.SIGN.name();
    public static final String DECISION_RETURN_TO_DRAFT = DirectorDecision.RETURN_TO_DRAFT.name();
    public static final String DECISION_RETURN_TO_DEPUTY = DirectorDecision.RETURN_TO_DEPUTY.name();
}
