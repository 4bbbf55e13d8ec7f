package vn.sct.tracker.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Several application contexts (databases) live in one test JVM, each with an engine named "default".
 * Camunda's REST API and webapps find the engine by name in one JVM-wide registry, where the context
 * started last would win: before each test its own context's engine is put back there, so real HTTP
 * reaches the engine the test asserts on.
 */
public class ThisContextsEngine implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        ProcessEngine engine = testContext.getApplicationContext().getBeanProvider(ProcessEngine.class).getIfUnique();
        if (engine != null) {
            ProcessEngines.registerProcessEngine(engine);
        }
    }

    @Override
    public int getOrder() {
        return 0;
    }
}
