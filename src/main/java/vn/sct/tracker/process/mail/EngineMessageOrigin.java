package vn.sct.tracker.process.mail;

import java.util.Optional;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;
import vn.sct.tracker.notification.MessageOrigin;

/** The process instance of the engine step running on this thread (a timer, a service task, a task's creation). */
@Component
class EngineMessageOrigin implements MessageOrigin {

    @Override
    public Optional<String> processInstanceId() {
        if (Context.getCommandContext() == null) {
            return Optional.empty();
        }
        BpmnExecutionContext step = Context.getBpmnExecutionContext();
        return step == null || step.getExecution() == null ? Optional.empty()
                : Optional.ofNullable(step.getExecution().getProcessInstanceId());
    }
}
