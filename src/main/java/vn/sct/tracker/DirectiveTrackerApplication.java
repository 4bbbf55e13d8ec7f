package vn.sct.tracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.security.servlet.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Directive tracking for a provincial Department of Industry and Trade, on Camunda 7. Spring Boot's
 * default in-memory user (with a generated password) is off: the engine's identity service is the only
 * password store (see {@code SecurityConfig}).
 */
@SpringBootApplication(exclude = UserDetailsServiceAutoConfiguration.class)
@org.springframework.scheduling.annotation.EnableScheduling
@ConfigurationPropertiesScan
public class DirectiveTrackerApplication {

    public static void main(String[] args) {
        // The engine computes cron timers (the monthly report) and stores its dates in the JVM's zone:
        // every node runs on Vietnamese time, whatever the server's zone is.
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone(vn.sct.tracker.common.AppClock.ZONE_ID));
        SpringApplication.run(DirectiveTrackerApplication.class, args);
    }
}
