package vn.sct.tracker.setup;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.sct.tracker.organisation.Division;
import vn.sct.tracker.organisation.OrganisationService;
import vn.sct.tracker.process.extension.DirectiveExtension;
import vn.sct.tracker.process.lifecycle.DirectiveLifecycle;
import vn.sct.tracker.process.monthly.MonthlyReport;

/**
 * Camunda authorizations derived from the organisation, granted at start-up (idempotent). Task
 * visibility itself follows the diagrams: the engine grants each task to its assignee and candidate
 * groups, so staff see the work of their own division only.
 */
@Component
public class AccessSetup {

    private final AuthorizationService authorizations;
    private final IdentityService identity;
    private final OrganisationService organisation;

    public AccessSetup(AuthorizationService authorizations, IdentityService identity,
                       OrganisationService organisation) {
        this.authorizations = authorizations;
        this.identity = identity;
        this.organisation = organisation;
    }

    /**
     * Creates the administrator (if a password is given) and checks that one exists. With a read-only
     * directory (LDAP) the administrators are the members of the admin group there; none is created.
     */
    public void ensureAdministrator(String adminUser, String adminPassword) {
        String group = organisation.adminGroup();
        if (identity.isReadOnly()) {
            if (identity.createUserQuery().memberOfGroup(group).count() == 0) {
                throw new IllegalStateException("Thư mục người dùng (LDAP) chưa có nhóm quản trị '" + group
                        + "' với ít nhất một thành viên. The read-only directory needs the group '" + group
                        + "' with at least one member (tracker.organisation.admin-group).");
            }
            for (Resource resource : Resources.values()) {
                grant(group, resource, "*", Permissions.ALL);
            }
            return;
        }
        if (identity.createGroupQuery().groupId(group).count() == 0) {
            var g = identity.newGroup(group);
            g.setName("Quản trị hệ thống");
            g.setType("SYSTEM");
            identity.saveGroup(g);
        }
        for (Resource resource : Resources.values()) {
            grant(group, resource, "*", Permissions.ALL);
        }
        boolean hasAdmin = identity.createUserQuery().memberOfGroup(group).count() > 0;
        if (hasAdmin) {
            return;
        }
        if (adminPassword == null || adminPassword.isBlank()) {
            throw new IllegalStateException("Chưa có tài khoản quản trị: hãy đặt biến môi trường ADMIN_PASSWORD"
                    + " (và ADMIN_USER nếu không dùng 'admin') cho lần khởi động đầu tiên."
                    + " No administrator exists: set ADMIN_PASSWORD for the first start.");
        }
        var check = identity.checkPasswordAgainstPolicy(adminPassword);
        if (!check.isValid()) {
            throw new IllegalStateException("ADMIN_PASSWORD không đạt chính sách mật khẩu: tối thiểu 10 ký tự, có chữ"
                    + " hoa, chữ thường, chữ số và ký tự đặc biệt, không chứa tên đăng nhập."
                    + " ADMIN_PASSWORD does not meet the password policy: " + check.getViolatedRules().stream()
                    .map(r -> r.getPlaceholder()).toList());
        }
        User admin = identity.newUser(adminUser);
        admin.setFirstName("Quản trị");
        admin.setLastName("hệ thống");
        admin.setPassword(adminPassword);
        identity.saveUser(admin);
        identity.createMembership(adminUser, group);
    }

    /** Grants of every group of the organisation. */
    public void grantOrganisation() {
        List<String> staff = new ArrayList<>(List.of(organisation.directorGroup(), organisation.deputyGroup()));
        for (Division d : organisation.divisions()) {
            staff.add(organisation.divisionGroup(d.code()));
            staff.add(organisation.headGroup(d.code()));
        }
        for (String group : staff) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            revoke(group, Resources.FILTER, "*"); // filters are granted one by one (TasklistFilters)
            grant(group, Resources.USER, "*", Permissions.READ);
            grant(group, Resources.GROUP, "*", Permissions.READ);
            grant(group, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ);
        }
        // The Office registers directives and monitors all of them (Cockpit); the Director sees everything.
        for (String group : List.of(organisation.officeGroup(), organisation.directorGroup())) {
            grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
            grant(group, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.READ,
                    ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY,
                    ProcessDefinitionPermissions.READ_TASK);
            grant(group, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.READ);
            grant(group, Resources.TASK, "*", TaskPermissions.READ);
            grant(group, Resources.DEPLOYMENT, "*", Permissions.READ);
        }
        grant(organisation.officeGroup(), Resources.PROCESS_DEFINITION, DirectiveLifecycle.PROCESS_KEY,
                ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(organisation.officeGroup(), Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE);
        // The Office may open a monthly report by hand (POST /api/monthly-reports), besides the monthly timer.
        grant(organisation.officeGroup(), Resources.PROCESS_DEFINITION, MonthlyReport.PROCESS_KEY,
                ProcessDefinitionPermissions.CREATE_INSTANCE);
        // Every division may ask to extend a directive it leads (the rule itself is checked on start).
        for (Division d : organisation.divisions()) {
            for (String group : List.of(organisation.divisionGroup(d.code()), organisation.headGroup(d.code()))) {
                grant(group, Resources.PROCESS_DEFINITION, EXTENSION_PROCESS_KEY,
                        ProcessDefinitionPermissions.CREATE_INSTANCE);
                grant(group, Resources.PROCESS_INSTANCE, "*", ProcessInstancePermissions.CREATE);
            }
        }
    }

    private static final String EXTENSION_PROCESS_KEY = DirectiveExtension.PROCESS_KEY;

    /** Removes a grant of earlier versions. */
    private void revoke(String group, Resource resource, String resourceId) {
        authorizations.createAuthorizationQuery().groupIdIn(group).resourceType(resource).resourceId(resourceId)
                .list().forEach(a -> authorizations.deleteAuthorization(a.getId()));
    }

    private void grant(String group, Resource resource, String resourceId, Permission... permissions) {
        Authorization existing = authorizations.createAuthorizationQuery().groupIdIn(group)
                .resourceType(resource).resourceId(resourceId).authorizationType(AUTH_TYPE_GRANT).singleResult();
        Authorization auth = existing;
        if (auth == null) {
            auth = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            auth.setGroupId(group);
            auth.setResource(resource);
            auth.setResourceId(resourceId);
        }
        boolean changed = existing == null;
        for (Permission p : permissions) {
            if (!auth.isPermissionGranted(p)) {
                auth.addPermission(p);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(auth);
        }
    }
}
