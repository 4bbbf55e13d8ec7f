package vn.sct.tracker.config;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.stereotype.Component;

/**
 * The application's tables are migrated by Flyway before the engine starts, so Flyway meets an empty
 * schema on a new database (no baseline) and the engine's first steps can already write records.
 */
@Component
public class EngineAfterFlyway extends AbstractDependsOnBeanFactoryPostProcessor {

    public EngineAfterFlyway() {
        super(ProcessEngine.class, ProcessEngineFactoryBean.class, "flywayInitializer");
    }
}
