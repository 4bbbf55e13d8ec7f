package vn.sct.tracker.config;

import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.sct.tracker.common.AppClock;

/** Bean Validation reads the application's clock ("not after today" means today in Asia/Ho_Chi_Minh). */
@Configuration
public class ValidationConfig {

    @Bean
    ValidationConfigurationCustomizer applicationClock() {
        return configuration -> configuration.clockProvider(AppClock::clock);
    }
}
