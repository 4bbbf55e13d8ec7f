package vn.sct.tracker.cockpit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletContext;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.impl.identity.Authentication;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.Messages;
import vn.sct.tracker.organisation.OrganisationService;
import vn.sct.tracker.report.DirectiveReport;
import vn.sct.tracker.report.ReportPeriod;
import vn.sct.tracker.report.ReportService;

/**
 * {@code GET /camunda/api/cockpit/plugin/directive-dashboard/{engine}/dashboard?period=this-month}: the
 * figures per division, the overdue list and the open workload, for the Office, the Director and the
 * administrators only; anyone else gets 403. The caller is the engine's current user, set by the
 * webapps' authentication filter from the Cockpit session.
 */
public class DashboardResource extends AbstractCockpitPluginResource {

    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    /** Overdue directives listed on the dashboard (the most late first); the count says how many in all. */
    static final int OVERDUE_SHOWN = 100;

    private final ServletContext servletContext;

    public DashboardResource(String engineName, ServletContext servletContext) {
        super(engineName);
        this.servletContext = servletContext;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response dashboard(@QueryParam("period") @DefaultValue("this-month") String periodKey) {
        Authentication caller = getProcessEngine().getIdentityService().getCurrentAuthentication();
        if (caller == null || caller.getUserId() == null) {
            return error(Response.Status.UNAUTHORIZED, Messages.get(Messages.VIETNAMESE, "error.status.401"));
        }
        if (!mayRead(caller)) {
            return error(Response.Status.FORBIDDEN, Messages.get(Messages.VIETNAMESE, "dashboard.forbidden"));
        }
        Optional<DashboardPeriod> chosen = DashboardPeriod.of(periodKey);
        if (chosen.isEmpty()) {
            return error(Response.Status.BAD_REQUEST, Messages.get(Messages.VIETNAMESE, "dashboard.badPeriod", periodKey));
        }
        ReportPeriod period = chosen.get().on(AppClock.today());
        ReportService reports = bean(ReportService.class);
        ReportService.Overview overview = reports.overview(period, OVERDUE_SHOWN);
        DirectiveReport report = overview.report();
        DashboardData data = new DashboardData(chosen.get().key(), period.label(), period.from(), period.to(),
                report.asOf(), report.divisions(), report.total(), overview.overdue(), report.total().openOverdue(),
                reports.workload(null));
        return json(Response.Status.OK, data);
    }

    /** The Office, the Director and the administrators (by group, or Camunda's own admin rules). */
    private boolean mayRead(Authentication caller) {
        OrganisationService organisation = bean(OrganisationService.class);
        Set<String> allowed = new HashSet<>(List.of(organisation.directorGroup(), organisation.adminGroup()));
        try {
            allowed.add(organisation.officeGroup());
        } catch (IllegalStateException noOffice) {
            // An organisation without an Office: only the Director and the administrators.
        }
        List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        return groups.stream().anyMatch(allowed::contains) || isCamundaAdmin(caller);
    }

    private Response error(Response.Status status, String message) {
        return json(status, Map.of("type", status.getReasonPhrase(), "message", message));
    }

    private Response json(Response.Status status, Object body) {
        try {
            return Response.status(status).type(JSON).header("Cache-Control", "no-store")
                    .entity(bean(ObjectMapper.class).writeValueAsString(body)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the dashboard as JSON", e);
        }
    }

    private <T> T bean(Class<T> type) {
        return CockpitBridge.bean(servletContext, type);
    }
}
