package vn.sct.tracker.deadline;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.sct.tracker.common.EngineInternal;

/**
 * How closely a directive is watched, read from the decision table {@code deadline-policy}
 * (bpmn/deadline-policy.dmn) by its source and the working days it was given: the management changes
 * the table, not the code.
 */
@Component
public class DeadlinePolicies {

    public static final String DECISION_KEY = "deadline-policy";

    private final DecisionService decisions;

    public DeadlinePolicies(DecisionService decisions) {
        this.decisions = decisions;
    }

    public DeadlinePolicy policy(String sourceType, int workingDays) {
        DmnDecisionRuleResult row = EngineInternal.withoutAuthorization(() -> decisions
                .evaluateDecisionTableByKey(DECISION_KEY)
                .variables(Variables.putValue("sourceType", sourceType).putValue("workingDays", workingDays))
                .evaluate().getSingleResult());
        if (row == null) {
            throw new IllegalStateException("deadline-policy has no rule for " + sourceType + ", " + workingDays);
        }
        return new DeadlinePolicy(number(row, "reminderDays"), number(row, "chaseEveryDays"),
                number(row, "directorAfterDays"));
    }

    private static int number(DmnDecisionRuleResult row, String name) {
        Object v = row.getEntryMap().get(name);
        if (!(v instanceof Number n)) {
            throw new IllegalStateException("deadline-policy output " + name + " is " + v);
        }
        return n.intValue();
    }
}
