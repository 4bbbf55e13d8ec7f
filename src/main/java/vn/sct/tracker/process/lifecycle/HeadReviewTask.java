package vn.sct.tracker.process.lifecycle;

import org.springframework.stereotype.Component;
import vn.sct.tracker.directive.DirectiveService;
import vn.sct.tracker.process.CurrentUser;

/** Task_ReviewByHead ("Trưởng phòng xem xét dự thảo"). */
@Component("headReviewTask")
public class HeadReviewTask extends ReviewTask {

    public HeadReviewTask(LifecycleTasks tasks, DirectiveService directives, CurrentUser user) {
        super(tasks, directives, user, DirectiveLifecycle.VAR_HEAD_APPROVED);
    }
}
