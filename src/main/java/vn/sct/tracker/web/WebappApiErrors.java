package vn.sct.tracker.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link EngineErrorMappers} into every JAX-RS application: {@code /engine-rest} (Spring Boot's
 * Jersey) and the webapps' own APIs (Jersey servlets that Camunda's webapp starter registers, told about
 * extra providers through their init parameter before they start).
 */
@Configuration
public class WebappApiErrors {

    private static final Logger LOG = LoggerFactory.getLogger(WebappApiErrors.class);
    static final List<String> WEBAPP_SERVLETS = List.of("Engine Api", "Cockpit Api", "Tasklist Api", "Admin Api",
            "Welcome Api");
    private static final String PROVIDERS = "jersey.config.server.provider.classnames";

    @Bean
    ResourceConfigCustomizer engineRestErrorMappers() {
        return config -> EngineErrorMappers.ALL.forEach(config::register);
    }

    @Bean
    ServletContextInitializer webappApiErrorMappers() {
        // Camunda's initializer may run after this one: the servlets are looked up once every initializer ran.
        return context -> context.addListener(new ServletContextListener() {
            @Override
            public void contextInitialized(ServletContextEvent event) {
                register(context);
            }
        });
    }

    static void register(ServletContext context) {
        String classes = EngineErrorMappers.ALL.stream().map(Class::getName).collect(Collectors.joining(","));
        for (String name : WEBAPP_SERVLETS) {
            ServletRegistration servlet = context.getServletRegistration(name);
            if (servlet == null) {
                LOG.warn("Không tìm thấy servlet '{}' của webapps để gắn xử lý lỗi", name);
                continue;
            }
            String existing = servlet.getInitParameter(PROVIDERS);
            if (existing == null) {
                servlet.setInitParameter(PROVIDERS, classes);
            }
        }
    }
}
