package vn.sct.tracker.security;

import java.util.Map;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.Authorization;
import org.camunda.bpm.webapp.impl.security.filter.RequestAuthorizer;

/**
 * The plugin APIs of Cockpit, Tasklist and Admin ({@code /camunda/api/<app>/plugin/<plugin>/<engine>/...})
 * answer only people logged in to that engine who may use that application: Cockpit's statistics for the
 * Office, the Director and administrators, not for a Tasklist-only specialist. Camunda's own rule asks
 * only for a login. Named in {@code securityFilterRules.json}.
 */
public class WebappAccessAuthorizer implements RequestAuthorizer {

    @Override
    public Authorization authorize(Map<String, String> parameters) {
        Authentications authentications = Authentications.getCurrent();
        Authentication engine = authentications == null ? null
                : authentications.getAuthenticationForProcessEngine(parameters.get("engine"));
        if (!(engine instanceof UserAuthentication user)) {
            return Authorization.denied(Authentication.ANONYMOUS);
        }
        String app = parameters.get("app");
        return user.isAuthorizedForApp(app) ? Authorization.granted(user).forApplication(app)
                : Authorization.denied(user).forApplication(app);
    }
}
