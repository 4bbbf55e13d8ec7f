package vn.sct.tracker.organisation;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the engine's groups in step with the organisation data: the leadership groups and two groups
 * per division exist in every profile, so that an administrator only has to add people to them
 * (Camunda Admin) and the diagrams' candidate groups resolve.
 * <p>With a read-only identity provider (LDAP) nothing is written: the directory owns people and
 * groups, and start-up only reports, in the log, the groups and memberships the directory lacks.
 */
@Component
public class IdentitySync {

    private static final Logger LOG = LoggerFactory.getLogger(IdentitySync.class);

    private final IdentityService identity;
    private final OrganisationService organisation;

    public IdentitySync(IdentityService identity, OrganisationService organisation) {
        this.identity = identity;
        this.organisation = organisation;
    }

    /** Creates missing groups, renames changed ones; never deletes (people may still be in them). */
    public List<String> syncGroups() {
        List<String> missing = new ArrayList<>();
        ensureGroup(missing, organisation.directorGroup(), "Giám đốc Sở", "ORGANISATION");
        ensureGroup(missing, organisation.deputyGroup(), "Phó Giám đốc Sở", "ORGANISATION");
        for (Division d : organisation.divisions()) {
            ensureGroup(missing, organisation.divisionGroup(d.code()), d.name(), "DIVISION");
            ensureGroup(missing, organisation.headGroup(d.code()), "Lãnh đạo " + d.name(), "DIVISION_HEAD");
        }
        reportMissing(missing);
        return missing;
    }

    /**
     * The group through which the deputy in charge of a division follows its work ({@code div-<code>-deputy}):
     * its one member is the deputy named in the organisation data. Run after the people exist.
     */
    public List<String> syncDeputies() {
        List<String> missing = new ArrayList<>();
        for (Division d : organisation.divisions()) {
            String group = organisation.deputyFollowGroup(d.code());
            ensureGroup(missing, group, "Phó Giám đốc phụ trách " + d.name(), "DIVISION_DEPUTY");
            String deputy = d.deputyInCharge();
            if (identity.isReadOnly()) {
                if (deputy != null && identity.createUserQuery().userId(deputy).memberOfGroup(group).count() == 0) {
                    missing.add(deputy + " ∈ " + group);
                }
                continue;
            }
            for (var member : identity.createUserQuery().memberOfGroup(group).list()) {
                if (!member.getId().equals(deputy)) {
                    identity.deleteMembership(member.getId(), group);
                }
            }
            if (deputy != null && identity.createUserQuery().userId(deputy).count() == 1
                    && identity.createUserQuery().userId(deputy).memberOfGroup(group).count() == 0) {
                identity.createMembership(deputy, group);
            }
        }
        reportMissing(missing);
        return missing;
    }

    private void reportMissing(List<String> missing) {
        if (!missing.isEmpty()) {
            LOG.warn("Thư mục người dùng (chỉ đọc, LDAP) thiếu các nhóm/thành viên sau; công việc giao cho họ sẽ"
                    + " không ai nhận được cho đến khi bổ sung. The read-only directory lacks: {}", missing);
        }
    }

    private void ensureGroup(List<String> missing, String id, String name, String type) {
        Group group = identity.createGroupQuery().groupId(id).singleResult();
        if (identity.isReadOnly()) {
            if (group == null) {
                missing.add(id);
            }
            return;
        }
        if (group == null) {
            group = identity.newGroup(id);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
            LOG.info("Created group {} ({})", id, name);
        } else if (!name.equals(group.getName())) {
            group.setName(name);
            identity.saveGroup(group);
        }
    }
}
