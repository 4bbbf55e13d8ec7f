package vn.sct.tracker.config;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.notification.MailRelay;

/**
 * What the people who run the product watch (/actuator/prometheus, /actuator/metrics), besides the JVM,
 * the connection pool and the HTTP requests that Spring Boot measures itself:
 * <ul>
 *   <li>{@code tracker.jobs.due}: engine jobs due and not yet taken (grows when the nodes cannot keep up);</li>
 *   <li>{@code tracker.jobs.failed}: jobs out of retries, {@code tracker.incidents}: open incidents (Cockpit);</li>
 *   <li>{@code tracker.mail.waiting}: e-mail waiting to be sent again, {@code tracker.mail.failed}: given up.</li>
 * </ul>
 * Counted in the database when read, so every node shows the installation's figures.
 */
@Component
class OperationsMetrics implements MeterBinder {

    private final ManagementService management;
    private final RuntimeService runtime;
    private final MailRelay mail;

    OperationsMetrics(ManagementService management, RuntimeService runtime, MailRelay mail) {
        this.management = management;
        this.runtime = runtime;
        this.mail = mail;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("tracker.jobs.due", () -> management.createJobQuery().executable()
                        .duedateLowerThan(java.util.Date.from(AppClock.instant())).count())
                .description("Engine jobs due and not yet run").register(registry);
        Gauge.builder("tracker.jobs.failed", () -> management.createJobQuery().noRetriesLeft().count())
                .description("Engine jobs out of retries").register(registry);
        Gauge.builder("tracker.incidents", () -> runtime.createIncidentQuery().count())
                .description("Open incidents (Cockpit)").register(registry);
        Gauge.builder("tracker.mail.waiting", mail::waiting).description("E-mail waiting to be sent again")
                .register(registry);
        Gauge.builder("tracker.mail.failed", mail::failed).description("E-mail given up").register(registry);
    }
}
