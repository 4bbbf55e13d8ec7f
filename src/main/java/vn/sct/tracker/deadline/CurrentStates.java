package vn.sct.tracker.deadline;

import org.springframework.stereotype.Component;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.directive.Directive;

/** Where a directive stands against its deadline now, from its deadline row. */
@Component
public class CurrentStates {

    private final ReportStates states;
    private final DeadlineRepository deadlines;

    public CurrentStates(ReportStates states, DeadlineRepository deadlines) {
        this.states = states;
        this.deadlines = deadlines;
    }

    public DeadlineState of(Directive d) {
        return states.state(d, deadlines.find(d.id()), AppClock.instant());
    }
}
