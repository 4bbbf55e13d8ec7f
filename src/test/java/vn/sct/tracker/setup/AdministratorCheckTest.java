package vn.sct.tracker.setup;

import vn.sct.tracker.organisation.*;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;

/**
 * Outside the demo profile no password exists by default: the first start (no administrator yet)
 * refuses to run without ADMIN_PASSWORD, or with one that fails the password policy, and says why.
 */
class AdministratorCheckTest {

    private final IdentityService identity = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    private final AuthorizationService authorizations = mock(AuthorizationService.class, RETURNS_DEEP_STUBS);
    private final OrganisationService organisation = mock(OrganisationService.class);
    private final AccessSetup access = new AccessSetup(authorizations, identity, organisation);

    private void noAdministratorYet() {
        when(organisation.adminGroup()).thenReturn("camunda-admin");
        when(identity.createGroupQuery().groupId("camunda-admin").count()).thenReturn(1L);
        when(identity.createUserQuery().memberOfGroup("camunda-admin").count()).thenReturn(0L);
    }

    @Test
    void withoutAnAdminPassword_theFirstStartFailsAndSaysWhy() {
        noAdministratorYet();
        assertThatThrownBy(() -> access.ensureAdministrator("admin", ""))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hãy đặt biến môi trường ADMIN_PASSWORD");
        verify(identity, never()).saveUser(any(User.class));
    }

    @Test
    void aWeakAdminPasswordIsRefusedWithThePolicy() {
        noAdministratorYet();
        PasswordPolicyResult weak = mock(PasswordPolicyResult.class);
        when(weak.isValid()).thenReturn(false);
        when(weak.getViolatedRules()).thenReturn(List.of());
        when(identity.checkPasswordAgainstPolicy("admin123")).thenReturn(weak);
        assertThatThrownBy(() -> access.ensureAdministrator("admin", "admin123"))
                .hasMessageContaining("ADMIN_PASSWORD không đạt chính sách mật khẩu");
        verify(identity, never()).saveUser(any(User.class));
    }
}
