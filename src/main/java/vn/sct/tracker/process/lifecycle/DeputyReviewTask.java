package vn.sct.tracker.process.lifecycle;

import org.springframework.stereotype.Component;
import vn.sct.tracker.directive.DirectiveService;
import vn.sct.tracker.process.CurrentUser;

/** Task_ReviewByDeputy ("Phó Giám đốc phụ trách cho ý kiến"). */
@Component("deputyReviewTask")
public class DeputyReviewTask extends ReviewTask {

    public DeputyReviewTask(LifecycleTasks tasks, DirectiveService directives, CurrentUser user) {
        super(tasks, directives, user, DirectiveLifecycle.VAR_DEPUTY_APPROVED);
    }
}
