package vn.sct.tracker.process;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who acts in an engine step: the logged-in user; for a task the engine completes itself, its assignee. */
@Component
public class CurrentUser {

    private final IdentityService identity;

    public CurrentUser(IdentityService identity) {
        this.identity = identity;
    }

    /** The logged-in user, or null when the engine acts on its own (a timer). */
    public String id() {
        Authentication auth = identity.getCurrentAuthentication();
        return auth == null ? null : auth.getUserId();
    }

    /** The logged-in user, else the task's assignee. */
    public String completing(DelegateTask task) {
        String user = id();
        return user != null ? user : task.getAssignee();
    }
}
