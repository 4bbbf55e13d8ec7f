package vn.sct.tracker.deadline;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import vn.sct.tracker.common.EngineInternal;

/**
 * How closely a directive is watched, read from the decision table {@code deadline-policy}
 * (bpmn/deadline-policy.dmn) by its source and the working days it was given: the management changes
 * the table, not the code. An answer is kept for a minute (a new version of the table applies to
 * directives planned from then on); which policy a directive got is in its record and trail.
 */
@Component
public class DeadlinePolicies {

    public static final String DECISION_KEY = "deadline-policy";

    private static final long KEEP_NANOS = java.util.concurrent.TimeUnit.MINUTES.toNanos(1);

    private final DecisionService decisions;
    private final java.util.Map<String, DeadlinePolicy> answers = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile long answersSince = System.nanoTime();

    public DeadlinePolicies(DecisionService decisions) {
        this.decisions = decisions;
    }

    public DeadlinePolicy policy(String sourceType, int workingDays) {
        if (System.nanoTime() - answersSince > KEEP_NANOS) {
            answers.clear();
            answersSince = System.nanoTime();
        }
        return answers.computeIfAbsent(sourceType + "/" + workingDays, k -> evaluate(sourceType, workingDays));
    }

    private DeadlinePolicy evaluate(String sourceType, int workingDays) {
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
