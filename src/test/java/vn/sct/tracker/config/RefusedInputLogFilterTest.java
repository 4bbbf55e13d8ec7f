package vn.sct.tracker.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import vn.sct.tracker.common.ValidationException;

/** Refused input is one INFO line, not an engine ERROR with a stack trace; real errors stay errors. */
class RefusedInputLogFilterTest {

    @Test
    void refusedInputIsNotLoggedAsAnEngineError_otherErrorsAre() {
        LoggerContext context = new LoggerContext();
        context.start();
        context.addTurboFilter(new RefusedInputLogFilter());
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.setContext(context);
        appender.start();
        Logger engine = context.getLogger("org.camunda.bpm.engine.context");
        engine.addAppender(appender);

        var refused = new ProcessEngineException("ENGINE-03051 listener",
                new ValidationException("deadline", "Thời hạn", "phải là ngày làm việc"));
        engine.error("ENGINE-16004 Exception while closing command context: {}", refused.getMessage(), refused);
        engine.error("ENGINE-16004 Exception while closing command context", refused);
        assertThat(appender.list).isEmpty();

        var broken = new ProcessEngineException("database down");
        engine.error("ENGINE-16004 Exception while closing command context: {}", broken.getMessage(), broken);
        assertThat(appender.list).singleElement().satisfies(e -> assertThat(e.getFormattedMessage()).contains("database down"));
    }
}
