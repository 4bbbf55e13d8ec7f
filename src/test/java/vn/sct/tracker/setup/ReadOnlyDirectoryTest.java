package vn.sct.tracker.setup;

import vn.sct.tracker.organisation.*;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import java.util.Set;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.GroupQuery;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With the engine's LDAP identity provider the directory is read-only: start-up writes no group, user
 * or membership, reports what the directory lacks, and needs an administrator group with members.
 */
class ReadOnlyDirectoryTest {

    private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    private final OrganisationService organisation = mock(OrganisationService.class);
    private final IdentitySync sync = new IdentitySync(identity, organisation);
    private final AccessSetup access = new AccessSetup(mock(AuthorizationService.class, RETURNS_DEEP_STUBS), identity,
            organisation);

    @BeforeEach
    void ldap() {
        when(identity.isReadOnly()).thenReturn(true);
        when(organisation.directorGroup()).thenReturn("director");
        when(organisation.deputyGroup()).thenReturn("deputy-directors");
        when(organisation.adminGroup()).thenReturn("camunda-admin");
        when(organisation.divisions()).thenReturn(List.of(
                new Division("QLCN", "Phòng Quản lý Công nghiệp", DivisionKind.DIVISION, "pgd.hai", 1, true)));
        when(organisation.divisionGroup("QLCN")).thenReturn("div-qlcn");
        when(organisation.headGroup("QLCN")).thenReturn("div-qlcn-head");
        when(organisation.deputyFollowGroup("QLCN")).thenReturn("div-qlcn-deputy");
        // The directory holds "director" and "div-qlcn" (under other names), nothing else.
        when(identity.createGroupQuery()).thenAnswer(call -> {
            GroupQuery query = mock(GroupQuery.class);
            when(query.groupId(anyString())).thenAnswer(byId -> {
                String id = byId.getArgument(0);
                GroupQuery one = mock(GroupQuery.class);
                Group present = mock(Group.class);
                when(present.getName()).thenReturn("other name");
                when(one.singleResult()).thenReturn(Set.of("director", "div-qlcn").contains(id) ? present : null);
                return one;
            });
            return query;
        });
    }

    @Test
    void groupsAreCheckedNotWritten() {
        assertThat(sync.syncGroups()).containsExactly("deputy-directors", "div-qlcn-head");
        verify(identity, never()).newGroup(anyString());
        verify(identity, never()).saveGroup(any(Group.class));
    }

    @Test
    void theDeputyInChargeIsCheckedNotAdded() {
        when(identity.createUserQuery().userId("pgd.hai").memberOfGroup("div-qlcn-deputy").count()).thenReturn(0L);
        assertThat(sync.syncDeputies()).containsExactly("div-qlcn-deputy", "pgd.hai ∈ div-qlcn-deputy");
        verify(identity, never()).createMembership(anyString(), anyString());
        verify(identity, never()).deleteMembership(anyString(), anyString());
    }

    @Test
    void theDirectoryMustHoldTheAdministrators_noneIsCreated() {
        when(identity.createUserQuery().memberOfGroup("camunda-admin").count()).thenReturn(0L);
        assertThatThrownBy(() -> access.ensureAdministrator("admin", "Qu@ntri2026x"))
                .hasMessageContaining("chưa có nhóm quản trị 'camunda-admin'");
        verify(identity, never()).saveUser(any(User.class));

        when(identity.createUserQuery().memberOfGroup("camunda-admin").count()).thenReturn(2L);
        access.ensureAdministrator("admin", null);
        verify(identity, never()).saveGroup(any(Group.class));
        verify(identity, never()).createMembership(anyString(), anyString());
    }
}
