package vn.sct.tracker.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application as the default jar runs it (embedded H2, demo organisation, security settings
 * as shipped), on a random port for real HTTP, with the job executor off and the session cookie marked
 * Secure. Every test class with this annotation shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:hardening;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "SESSION_COOKIE_SECURE=true"})
public @interface DefaultJarTest {

    /** Every demo login's password. */
    String PASSWORD = "Sct@2026demo";
}
