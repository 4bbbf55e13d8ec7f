package vn.sct.tracker.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.NotFoundException;
import vn.sct.tracker.deadline.DeadlineRecord;
import vn.sct.tracker.deadline.DeadlineRepository;
import vn.sct.tracker.deadline.ReportStates;
import vn.sct.tracker.directive.Directive;
import vn.sct.tracker.directive.DirectiveEvent;
import vn.sct.tracker.directive.DirectiveService;
import vn.sct.tracker.process.OpenTasks;

/** A directive as the API shows it, to those who may read it: the record, its deadline state, its trail. */
@Component
class DirectiveReader {

    private final DirectiveService directives;
    private final DirectiveAccess access;
    private final ReportStates states;
    private final DeadlineRepository deadlines;

    private final OpenTasks openTasks;

    DirectiveReader(DirectiveService directives, DirectiveAccess access, ReportStates states,
                    DeadlineRepository deadlines, OpenTasks openTasks) {
        this.directives = directives;
        this.access = access;
        this.states = states;
        this.deadlines = deadlines;
        this.openTasks = openTasks;
    }

    /** The whole directive: record, trail and open tasks. */
    DirectiveView whole(String id) {
        return view(directives.get(id), directives.events(id));
    }

    /** The directive, if the caller may read it; otherwise it "does not exist" (no other division's record is revealed). */
    Directive readable(String id, Authentication caller) {
        Directive d = directives.get(id);
        if (!access.canRead(caller, d)) {
            throw new NotFoundException("notFound.directive", id);
        }
        return d;
    }

    DirectiveView view(Directive d, List<DirectiveEvent> events) {
        Optional<DeadlineRecord> record = deadlines.find(d.id());
        return DirectiveView.of(d, states.state(d, record, AppClock.instant()), note(d), record, events,
                openTasks.of(d.id()));
    }

    DirectiveView listed(Directive d, Optional<DeadlineRecord> record, Instant now) {
        return DirectiveView.of(d, states.state(d, record, now), note(d), record, null, null);
    }

    private String note(Directive d) {
        return states.dayOffNotice(d.deadline()).orElse(null);
    }
}
