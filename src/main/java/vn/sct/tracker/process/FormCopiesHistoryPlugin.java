package vn.sct.tracker.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Full history, except for the read-only copies a task form shows ({@link TaskForms#isDisplayCopy} on a
 * task): they are derived from the directive's record and trail, which keep the truth and its history, and are
 * deleted with their task. Without this, every step wrote each copy three or four times more into the history
 * tables (created, detail, deleted) than it wrote the copy itself. What people enter in a form keeps its full
 * history.
 */
@Component
public class FormCopiesHistoryPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryEventHandler> handlers = configuration.getCustomHistoryEventHandlers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryEventHandlers());
        handlers.add(new WithoutFormCopies(new DbHistoryEventHandler()));
        configuration.setCustomHistoryEventHandlers(handlers);
        configuration.setEnableDefaultDbHistoryEventHandler(false);
    }

    /** Writes every history event to the database but those of a task's display copies. */
    static final class WithoutFormCopies implements HistoryEventHandler {

        private final HistoryEventHandler database;

        WithoutFormCopies(HistoryEventHandler database) {
            this.database = database;
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!isCopy(event)) {
                database.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            for (HistoryEvent event : events) {
                handleEvent(event);
            }
        }

        private boolean isCopy(HistoryEvent event) {
            return event instanceof HistoricVariableUpdateEventEntity variable && variable.getTaskId() != null
                    && TaskForms.isDisplayCopy(variable.getVariableName());
        }
    }
}
