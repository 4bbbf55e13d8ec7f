package vn.sct.tracker.setup;

import vn.sct.tracker.organisation.DemoOrganisation;
import vn.sct.tracker.organisation.IdentitySync;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start-up: groups from the organisation data, the demo organisation (demo profile only), the
 * administrator, the authorizations, the Tasklist filters; then the demo logins are printed.
 */
@Component
public class StartupSetup {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StartupSetup.class);

    private final IdentitySync sync;
    private final org.camunda.bpm.engine.IdentityService identity;
    private final AccessSetup access;
    private final TasklistFilters filters;
    private final ObjectProvider<DemoOrganisation> demo;
    private final String adminUser;
    private final String adminPassword;
    private final int port;

    public StartupSetup(IdentitySync sync, org.camunda.bpm.engine.IdentityService identity, AccessSetup access, TasklistFilters filters,
                        ObjectProvider<DemoOrganisation> demo,
                        @Value("${tracker.admin.user:admin}") String adminUser,
                        @Value("${tracker.admin.password:}") String adminPassword,
                        @Value("${local.server.port:${server.port:8080}}") int port) {
        this.sync = sync;
        this.identity = identity;
        this.access = access;
        this.filters = filters;
        this.demo = demo;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.port = port;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void setUp() {
        sync.syncGroups();
        DemoOrganisation demoOrganisation = demo.getIfAvailable();
        String password = adminPassword;
        if (demoOrganisation != null && identity.isReadOnly()) {
            LOG.warn("Hồ sơ demo bị bỏ qua: thư mục người dùng chỉ đọc (LDAP). Demo organisation skipped: read-only directory.");
            demoOrganisation = null;
        }
        if (demoOrganisation != null) {
            demoOrganisation.create();
            if (password == null || password.isBlank()) {
                password = demoOrganisation.password();
            }
        }
        sync.syncDeputies();
        access.ensureAdministrator(adminUser, password);
        access.grantOrganisation();
        filters.refresh();
        if (demoOrganisation != null) {
            demoOrganisation.printLogins(adminUser, "http://localhost:" + port + "/camunda/app/tasklist/");
        }
    }
}
