package vn.sct.tracker.cockpit;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * The Office's dashboard in Cockpit (bảng theo dõi nhiệm vụ): registered through
 * {@code META-INF/services/org.camunda.bpm.cockpit.plugin.spi.CockpitPlugin}; its data resource is
 * {@code /camunda/api/cockpit/plugin/directive-dashboard/{engine}/dashboard}, its front end
 * {@code plugin-webapp/directive-dashboard/app/plugin.js} (and {@code plugin.css}) on the classpath,
 * served by Cockpit at {@code /camunda/api/cockpit/plugin/directive-dashboard/static/app/plugin.js}.
 */
public class DirectiveDashboardPlugin extends AbstractCockpitPlugin {

    public static final String ID = "directive-dashboard";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(DirectiveDashboardRootResource.class);
    }
}
