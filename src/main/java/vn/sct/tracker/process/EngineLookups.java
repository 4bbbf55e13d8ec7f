package vn.sct.tracker.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Reads of the engine that the product makes for a request it has already allowed (the open tasks of a
 * directive the caller may read, the form a submission goes to): in one engine command without the
 * caller's authorization checks. Never used for a change.
 */
@Component
public class EngineLookups {

    private final ProcessEngineConfigurationImpl engine;

    public EngineLookups(ProcessEngineConfiguration engine) {
        this.engine = (ProcessEngineConfigurationImpl) engine;
    }

    public <T> T read(Supplier<T> work) {
        return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(work::get));
    }
}
