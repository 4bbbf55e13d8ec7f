package vn.sct.tracker.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.annotation.PostConstruct;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;
import vn.sct.tracker.common.ValidationErrors;
import vn.sct.tracker.common.ValidationException;

/**
 * A form or request refused by the application's rules ({@link ValidationException}) is the user's
 * input, answered with a field error; the engine still logs it as "ENGINE-16004 Exception while closing
 * command context" with a full stack trace at ERROR, which buries real errors in Cockpit operators' logs.
 * This filter replaces those entries by one INFO line naming the field. The same for the caller's other
 * mistakes the engine logs with a stack trace (an unknown id, a missing value, a missing right, a change
 * made meanwhile): one INFO line each, so nobody can fill the log with traces. Every other error is untouched.
 */
@Component
public class RefusedInputLogFilter extends TurboFilter {

    private static final org.slf4j.Logger LOG = LoggerFactory.getLogger(RefusedInputLogFilter.class);

    @PostConstruct
    void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
                && context.getTurboFilterList().stream().noneMatch(f -> f instanceof RefusedInputLogFilter)) {
            context.addTurboFilter(this);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == null || !level.isGreaterOrEqual(Level.WARN) || !logger.getName().startsWith("org.camunda.bpm")) {
            return FilterReply.NEUTRAL;
        }
        Throwable error = t;
        if (error == null && params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last) {
            error = last;
        }
        ValidationException refused = error == null ? null : ValidationErrors.find(error);
        if (refused != null) {
            LOG.info("Từ chối dữ liệu nhập ({}): {}", refused.field(), refused.getMessage());
            return FilterReply.DENY;
        }
        if (error != null && vn.sct.tracker.web.EngineErrorAnswer.status(error) < 500) {
            // The caller's mistake (an unknown id, a missing value, no right), answered 4xx: one line, no trace.
            LOG.info("Từ chối yêu cầu: {}", error.getMessage());
            return FilterReply.DENY;
        }
        return FilterReply.NEUTRAL;
    }
}
