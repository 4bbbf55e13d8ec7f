package vn.sct.tracker.cockpit;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;

/**
 * Root of the plugin's API, below Cockpit's {@code /camunda/api/cockpit/}. The webapps' security filter
 * lets only authenticated users through to {@code plugin/{plugin}/{engine}/...} and sets them as the
 * engine's current user; who may read what is decided by {@link DashboardResource}. The static assets
 * ({@code plugin/{plugin}/static/app/plugin.js}) are served by the base class.
 */
@Path("plugin/" + DirectiveDashboardPlugin.ID)
public class DirectiveDashboardRootResource extends AbstractCockpitPluginRootResource {

    public DirectiveDashboardRootResource() {
        super(DirectiveDashboardPlugin.ID);
    }

    @Path("{engineName}/dashboard")
    public DashboardResource dashboard(@PathParam("engineName") String engineName) {
        return subResource(new DashboardResource(engineName, servletContext), engineName);
    }
}
