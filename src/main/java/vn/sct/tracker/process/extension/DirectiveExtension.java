package vn.sct.tracker.process.extension;

import vn.sct.tracker.extension.ExtensionDecision;
import vn.sct.tracker.extension.OfficeRecommendation;
import vn.sct.tracker.extension.ProvinceAnswer;

/**
 * Ids and variable names of the BPMN process {@code directive-extension} (bpmn/directive-extension.bpmn):
 * a lead division asks for a new deadline, the Office reviews, the Director decides, and for directives
 * from the province the Office records the province's answer before anything changes.
 */
public final class DirectiveExtension {

    private DirectiveExtension() {
    }

    public static final String PROCESS_KEY = "directive-extension";

    // Flow nodes
    public static final String START_REQUESTED = "StartEvent_ExtensionRequested";
    /** The start form (forms/extension-request.form). */
    public static final String FORM_REQUEST = "extension-request";
    public static final String TASK_OFFICE_REVIEW = "Task_OfficeReviewExtension";
    public static final String TASK_DIRECTOR_DECISION = "Task_DirectorDecideExtension";
    public static final String GATEWAY_DIRECTOR_APPROVED = "Gateway_DirectorApprovedExtension";
    public static final String GATEWAY_FROM_PROVINCE = "Gateway_FromProvince";
    public static final String TASK_PROVINCE_ANSWER = "Task_RecordProvinceAnswer";
    public static final String GATEWAY_PROVINCE_GRANTED = "Gateway_ProvinceGranted";
    public static final String GATEWAY_MERGE_GRANTED = "Gateway_MergeGranted";
    public static final String TASK_APPLY = "Task_ApplyExtension";
    public static final String END_EXTENDED = "EndEvent_DeadlineExtended";
    public static final String GATEWAY_MERGE_REFUSED = "Gateway_MergeRefused";
    public static final String TASK_RECORD_REFUSAL = "Task_RecordRefusal";
    public static final String END_NOT_EXTENDED = "EndEvent_NotExtended";

    // Process variables: ids and routing decisions only
    public static final String VAR_EXTENSION_ID = "extensionId";
    public static final String VAR_DIRECTIVE_ID = "directiveId";
    public static final String VAR_FROM_PROVINCE = "fromProvince";
    public static final String VAR_DIRECTOR_APPROVED = "directorApproved";
    public static final String VAR_PROVINCE_GRANTED = "provinceGranted";
    public static final String VAR_REQUESTED_BY = "requestedBy";

    // Form fields
    public static final String FIELD_DIRECTIVE_ID = "directiveId";
    public static final String FIELD_REASON = "reason";
    public static final String FIELD_PROPOSED_DEADLINE = "proposedDeadline";
    public static final String FIELD_ATTACHMENT = "attachmentRef";
    public static final String FIELD_OFFICE_OPINION = "officeOpinion";
    public static final String FIELD_OFFICE_SUPPORTS = "officeSupports";
    public static final String FIELD_DECISION = "decision";
    public static final String FIELD_OTHER_DEADLINE = "otherDeadline";
    public static final String FIELD_COMMENT = "comment";
    public static final String FIELD_PROVINCE_ANSWER = "provinceAnswer";
    public static final String FIELD_GRANTED_DEADLINE = "grantedDeadline";
    public static final String FIELD_PROVINCE_DOC = "provinceDoc";

    // Decisions, as the forms send them
    public static final String DECISION_APPROVE = ExtensionDecision.APPROVE.name();
    public static final String DECISION_APPROVE_OTHER_DATE = ExtensionDecision.APPROVE_OTHER_DATE.name();
    public static final String DECISION_REJECT = ExtensionDecision.REJECT.name();
    public static final String ANSWER_GRANTED = ProvinceAnswer.GRANTED.name();
    public static final String ANSWER_REFUSED = ProvinceAnswer.REFUSED.name();
    public static final String OFFICE_SUPPORTS = OfficeRecommendation.SUPPORT.name();
    public static final String OFFICE_DOES_NOT_SUPPORT = OfficeRecommendation.NOT_SUPPORT.name();
}
