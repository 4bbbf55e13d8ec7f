package vn.sct.tracker.support;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the whole application on real PostgreSQL with the demo organisation,
 * authorization checks on, job executor off (tests run jobs themselves), process coverage recorded,
 * e-mail to an in-process SMTP server ({@link TestMail}).
 * All subclasses share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "camunda.bpm.job-execution.enabled=false",
        "spring.profiles.active=demo,postgres",
        "DB_PASSWORD=postgres",
        // Several contexts (databases) share one embedded server of 100 connections: 10 each, as before the
        // production pool grew to 20 for the job executor of a node.
        "spring.datasource.hikari.maximum-pool-size=10",
        // Wrong passwords are part of several access tests here; slowing them down is SecurityAttackTest's subject.
        "tracker.security.login.first-delay=0s",
        // The e-mail relay's rounds are run by the tests that need them (MailOutboxTest), on the engine's clock.
        "tracker.mail.relay-every=1h"})
@ActiveProfiles({"demo", "postgres"})
@Import(ProcessEngineCoverageConfiguration.class)
public abstract class PostgresProcessTest {

    public static final String PASSWORD = "Sct@2026demo";

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", EmbeddedPostgresDatabase::jdbcUrlOfTestDatabase);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
        registry.add("app.demo.password", () -> PASSWORD);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMail::port);
    }

    @Autowired
    protected IdentityService identityService;

    @Autowired
    private org.camunda.bpm.engine.ProcessEngine processEngine;

    /**
     * The process assertions must read this context's engine: several contexts (databases) live in one
     * test JVM, each with an engine named "default", and the assertions would otherwise take the last one.
     */
    @org.springframework.beans.factory.annotation.Value("${spring.datasource.url}")
    private String databaseUrl;

    @org.springframework.beans.factory.annotation.Value("${test.database:postgres}")
    private String testDatabase;

    /** A test that asked for a database of its own (figures counted there) really runs on it. */
    @org.junit.jupiter.api.BeforeEach
    void onItsOwnDatabase() {
        org.assertj.core.api.Assertions.assertThat(databaseUrl).as("test.database=%s", testDatabase)
                .contains("/" + testDatabase + "?");
    }

    @org.junit.jupiter.api.BeforeEach
    void assertionsReadThisEngine() {
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init(processEngine);
    }

    @AfterEach
    void clearAuthentication() {
        identityService.clearAuthentication();
        org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }
}
