package vn.sct.tracker.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Names of the Camunda groups of the Department's leadership. Division groups are derived from the
 * division codes in {@code org_division}: {@code div-<code>} and {@code div-<code>-head}.
 */
@ConfigurationProperties("tracker.organisation")
public record OrganisationProperties(String directorGroup, String deputyGroup, String adminGroup) {

    public OrganisationProperties {
        directorGroup = directorGroup == null ? "director" : directorGroup;
        deputyGroup = deputyGroup == null ? "deputy-directors" : deputyGroup;
        adminGroup = adminGroup == null ? "camunda-admin" : adminGroup;
    }
}
