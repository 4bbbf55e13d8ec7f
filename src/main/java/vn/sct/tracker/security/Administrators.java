package vn.sct.tracker.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import vn.sct.tracker.organisation.OrganisationProperties;
import org.springframework.stereotype.Component;

/**
 * Whether a request comes from an administrator (a member of {@code tracker.organisation.admin-group}),
 * through HTTP Basic or a webapps' session. Used for what only administrators may see, such as the
 * stack traces of failed jobs; the password itself is checked by the authentication that follows.
 */
@Component
public class Administrators {

    private final IdentityService identity;
    private final String adminGroup;

    public Administrators(IdentityService identity, OrganisationProperties organisation) {
        this.identity = identity;
        this.adminGroup = organisation.adminGroup();
    }

    public boolean isAdministrator(HttpServletRequest request) {
        String login = LoginThrottleFilter.login(request);
        if (login != null && !login.isEmpty()) {
            return identity.createUserQuery().userId(login).memberOfGroup(adminGroup).count() > 0;
        }
        HttpSession session = request.getSession(false);
        Authentications all = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        return all != null && all.getAuthentications().stream()
                .anyMatch(u -> u.getGroupIds() != null && u.getGroupIds().contains(adminGroup));
    }
}
