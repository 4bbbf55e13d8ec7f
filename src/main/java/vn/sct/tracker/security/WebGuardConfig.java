package vn.sct.tracker.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import vn.sct.tracker.web.ApiRequestGuard;
import vn.sct.tracker.web.EngineApiGuardFilter;
import vn.sct.tracker.web.ErrorBodies;
import vn.sct.tracker.web.FormSubmissionRules;

/**
 * The servlet filters in front of everything else: the login throttle first (before any password is
 * checked), then the size limits of the product's API and the guard of Camunda's REST APIs.
 */
@Configuration
public class WebGuardConfig {

    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle, ErrorBodies errors) {
        FilterRegistrationBean<LoginThrottleFilter> registration =
                new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, errors));
        registration.setName("login-throttle");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiRequestGuard> apiRequestGuard(ErrorBodies errors) {
        FilterRegistrationBean<ApiRequestGuard> registration = new FilterRegistrationBean<>(new ApiRequestGuard(errors));
        registration.setName("api-body-limits");
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<EngineApiGuardFilter> engineApiGuardFilter(ErrorBodies errors, Administrators administrators,
                                                                      FormSubmissionRules.FormOfSubmission forms) {
        FilterRegistrationBean<EngineApiGuardFilter> registration =
                new FilterRegistrationBean<>(new EngineApiGuardFilter(errors, administrators::isAdministrator, forms));
        registration.setName("engine-api-guard");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
