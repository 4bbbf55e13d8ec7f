package vn.sct.tracker.api;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import vn.sct.tracker.directive.Directive;
import vn.sct.tracker.organisation.OrganisationService;

/**
 * Who may read a directive's record through the API: the Office, the Director, the deputy directors
 * and administrators read all; division staff read those their division leads or coordinates.
 */
@Component
public class DirectiveAccess {

    private final OrganisationService organisation;

    public DirectiveAccess(OrganisationService organisation) {
        this.organisation = organisation;
    }

    public boolean canRead(Authentication caller, Directive d) {
        Set<String> groups = groups(caller);
        if (readsAll(groups)) {
            return true;
        }
        if (d.leadDivision() != null && groups.contains(organisation.divisionGroup(d.leadDivision()))) {
            return true;
        }
        return d.coordinatingDivisions().stream().anyMatch(c -> groups.contains(organisation.divisionGroup(c)));
    }

    /** The divisions whose directives (led or coordinated) the caller reads; null when it reads all. */
    public List<String> readableDivisions(Authentication caller) {
        Set<String> groups = groups(caller);
        if (readsAll(groups)) {
            return null;
        }
        return organisation.divisions().stream().map(d -> d.code())
                .filter(code -> groups.contains(organisation.divisionGroup(code))).toList();
    }

    public boolean readsAll(Authentication caller) {
        return readsAll(groups(caller));
    }

    private boolean readsAll(Set<String> groups) {
        return groups.contains(organisation.officeGroup()) || groups.contains(organisation.directorGroup())
                || groups.contains(organisation.deputyGroup()) || groups.contains(organisation.adminGroup());
    }

    private static Set<String> groups(Authentication caller) {
        return caller.getAuthorities().stream().map(a -> a.getAuthority()).collect(Collectors.toSet());
    }
}
