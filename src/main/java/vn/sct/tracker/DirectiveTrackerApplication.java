package vn.sct.tracker;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Directive tracking for a provincial Department of Industry and Trade, on Camunda 7. */
@SpringBootApplication
@org.springframework.scheduling.annotation.EnableScheduling
@ConfigurationPropertiesScan
public class DirectiveTrackerApplication {

    public static void main(String[] args) {
        SpringApplication.run(DirectiveTrackerApplication.class, args);
    }
}
