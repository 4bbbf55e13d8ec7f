package vn.sct.tracker.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.sct.tracker.support.WebappSession;

/**
 * The Office's dashboard in Cockpit over real HTTP, on the zero-setup default (H2, demo profile):
 * discovered as a Cockpit plugin, its front end served, its data for the Office, the Director and the
 * administrators only. Same configuration as {@code HardeningTest}, so both share one Spring context.
 */
@vn.sct.tracker.support.DefaultJarTest
class DirectiveDashboardPluginTest {

    private static final String PASSWORD = vn.sct.tracker.support.DefaultJarTest.PASSWORD;
    private static final String DATA = "/camunda/api/cockpit/plugin/directive-dashboard/default/dashboard";

    @LocalServerPort int port;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theOfficeReadsTheFiguresPerDivision_theOverdueList_andTheWorkload() throws Exception {
        WebappSession office = WebappSession.login(port, "vp.cv1", PASSWORD, "cockpit");

        HttpResponse<String> response = office.get(DATA);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode data = json.readTree(response.body());
        assertThat(data.get("period").asText()).isEqualTo("this-month");
        assertThat(data.get("periodLabel").asText()).startsWith("tháng ");
        List<String> divisions = new ArrayList<>();
        data.get("divisions").forEach(d -> divisions.add(d.get("divisionCode").asText()));
        assertThat(divisions).contains("VP", "TTRA", "QLCN", "TTKC");
        JsonNode vp = data.get("divisions").get(0);
        for (String field : List.of("total", "doneOnTime", "doneLate", "openWithinDeadline", "dueSoon",
                "openOverdue", "extendedDirectives", "onTimeRate")) {
            assertThat(vp.has(field)).as(field).isTrue();
        }
        assertThat(data.get("total").get("divisionCode").isNull()).isTrue();
        data.get("overdue").forEach(item -> assertThat(item.get("state").asText()).isEqualTo("OPEN_OVERDUE"));
        assertThat(data.get("workload").isArray()).isTrue();

        assertThat(office.get(DATA + "?period=previous-month").statusCode()).isEqualTo(200);
        JsonNode year = json.readTree(office.get(DATA + "?period=this-year").body());
        assertThat(year.get("from").asText()).endsWith("-01-01");
        assertThat(office.get(DATA + "?period=last-decade").statusCode()).isEqualTo(400);
    }

    @Test
    void theDirectorAndTheAdministratorMayReadItToo() throws Exception {
        assertThat(WebappSession.login(port, "giamdoc", PASSWORD, "cockpit").get(DATA).statusCode()).isEqualTo(200);
        assertThat(WebappSession.login(port, "admin", PASSWORD, "cockpit").get(DATA).statusCode()).isEqualTo(200);
    }

    @Test
    void aDivisionsSpecialistAndADeputyGet403_anonymousIsRefused() throws Exception {
        // Without Cockpit access they can still hold a webapp session (Tasklist): the resource refuses them.
        HttpResponse<String> specialist = WebappSession.login(port, "qlcn.cv1", PASSWORD, "tasklist").get(DATA);
        assertThat(specialist.statusCode()).isEqualTo(403);
        assertThat(specialist.body()).contains("chỉ dành cho").doesNotContain("divisionCode");
        assertThat(WebappSession.login(port, "pgd.hai", PASSWORD, "tasklist").get(DATA).statusCode()).isEqualTo(403);

        HttpResponse<String> anonymous = WebappSession.anonymous(port).get(DATA);
        assertThat(anonymous.statusCode()).isIn(401, 403);
        assertThat(anonymous.body()).doesNotContain("divisionCode");
    }

    @Test
    void cockpitLoadsThePlugin_andServesItsScriptAndStyles() throws Exception {
        HttpResponse<String> script = WebappSession.anonymous(port)
                .get("/camunda/api/cockpit/plugin/directive-dashboard/static/app/plugin.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type").orElse("")).contains("javascript");
        assertThat(script.body()).contains("export default").contains("pluginPoint: 'cockpit.dashboard'");
        assertThat(WebappSession.anonymous(port).get("/camunda/api/cockpit/plugin/directive-dashboard/static/app/plugin.css")
                .statusCode()).isEqualTo(200);

        HttpResponse<String> cockpit = WebappSession.anonymous(port).get("/camunda/app/cockpit/default/");
        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(cockpit.body()).as("PLUGIN_PACKAGES of Cockpit's page").contains("directive-dashboard");
    }
}
