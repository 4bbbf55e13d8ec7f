package vn.sct.tracker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.sct.tracker.process.lifecycle.DirectiveLifecycle;

/**
 * The zero-setup default: no profile given, embedded H2. It boots, deploys every diagram and every
 * form from the classpath, creates the demo organisation and the application's tables.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:startup;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
class DefaultStartupTest {

    @Autowired RepositoryService repository;
    @Autowired IdentityService identity;
    @Autowired JdbcClient jdbc;

    @Test
    void bootsOnH2_deploysDiagramsAndForms_andCreatesTheDemoOrganisation() {
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(DirectiveLifecycle.PROCESS_KEY)
                .count()).isOne();
        String deploymentId = repository.createProcessDefinitionQuery()
                .processDefinitionKey(DirectiveLifecycle.PROCESS_KEY).singleResult().getDeploymentId();
        List<String> resources = repository.getDeploymentResources(deploymentId).stream().map(Resource::getName)
                .toList();
        assertThat(resources).anyMatch(n -> n.endsWith("directive-lifecycle.bpmn"));
        assertThat(resources.stream().filter(n -> n.endsWith(".form")))
                .extracting(n -> n.substring(n.lastIndexOf('/') + 1))
                .contains("directive-register.form", "directive-assign.form", "directive-assign-specialist.form",
                        "directive-draft.form", "directive-coordinating-opinion.form", "directive-review.form",
                        "directive-sign.form", "directive-close.form");

        assertThat(identity.createUserQuery().memberOfGroup("director").list()).extracting(u -> u.getId())
                .containsExactly("giamdoc");
        assertThat(identity.createUserQuery().memberOfGroup("deputy-directors").count()).isEqualTo(3);
        for (String division : List.of("vp", "ttra", "khtc", "qlcn", "qltm", "qlnl", "ktat", "ttkc")) {
            assertThat(identity.createUserQuery().memberOfGroup("div-" + division).count())
                    .as("head and two specialists of %s", division).isEqualTo(3);
            assertThat(identity.createUserQuery().memberOfGroup("div-" + division + "-head").count()).isOne();
        }
        assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").userId("admin").count()).isOne();
        assertThat(identity.checkPassword("giamdoc", "Sct@2026demo")).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM org_division WHERE deputy_in_charge IS NOT NULL")
                .query(Long.class).single()).isEqualTo(8);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM directive").query(Long.class).single()).isZero();
    }
}
