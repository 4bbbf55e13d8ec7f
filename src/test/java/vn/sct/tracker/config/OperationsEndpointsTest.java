package vn.sct.tracker.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.sct.tracker.support.ApiClient;
import vn.sct.tracker.support.DefaultJarTest;

/**
 * The endpoints the people who run the product use, over real HTTP on the default jar: health open to the
 * proxy and the container with the status alone, metrics for administrators only, nothing else exposed.
 */
@DefaultJarTest
class OperationsEndpointsTest {

    @LocalServerPort int port;

    @Test
    void healthIsOpen_andSaysOnlyTheStatus() {
        ApiClient anyone = new ApiClient(port, DefaultJarTest.PASSWORD);
        for (String path : new String[] {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"}) {
            ApiClient.Answer health = anyone.get(null, path);
            assertThat(health.status()).as(path).isEqualTo(200);
            assertThat(health.text()).as(path).contains("\"UP\"").doesNotContain("details", "components", "h2");
        }
    }

    @Test
    void metricsAreForAdministratorsOnly_withTheProductsOwnFigures() {
        ApiClient api = new ApiClient(port, DefaultJarTest.PASSWORD);
        assertThat(api.get(null, "/actuator/prometheus").status()).isEqualTo(401);
        assertThat(api.get("vp.cv1", "/actuator/prometheus").status()).isEqualTo(403);
        assertThat(api.get("giamdoc", "/actuator/metrics").status()).isEqualTo(403);
        // The Prometheus format itself is read from the running jar by the cluster test (Spring's tests leave
        // the export off); the figures are the same meters.
        ApiClient.Answer metrics = api.get("admin", "/actuator/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("tracker.jobs.due", "tracker.jobs.failed", "tracker.incidents",
                "tracker.mail.waiting", "tracker.mail.failed", "hikaricp.connections.active");
        ApiClient.Answer incidents = api.get("admin", "/actuator/metrics/tracker.incidents");
        assertThat(incidents.status()).isEqualTo(200);
        assertThat(incidents.text()).contains("\"VALUE\"");
    }

    @Test
    void theEnvironmentAndTheConfigurationAreNotExposed() {
        ApiClient api = new ApiClient(port, DefaultJarTest.PASSWORD);
        for (String path : new String[] {"/actuator/env", "/actuator/configprops", "/actuator/beans", "/actuator/heapdump",
                "/actuator/loggers", "/actuator/threaddump"}) {
            assertThat(api.get("admin", path).status()).as(path).isEqualTo(404);
        }
    }
}
