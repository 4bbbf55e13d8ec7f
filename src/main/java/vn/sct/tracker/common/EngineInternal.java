package vn.sct.tracker.common;

import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * The one way the application does its own bookkeeping inside an engine step (identity look-ups,
 * grants, the timers and tasks of the same directive) without the acting user's authorization checks;
 * outside an engine step the caller's checks apply as usual.
 */
public final class EngineInternal {

    private EngineInternal() {
    }

    public static <T> T withoutAuthorization(Supplier<T> work) {
        CommandContext context = Context.getCommandContext();
        return context == null ? work.get() : context.runWithoutAuthorization(work::get);
    }

    public static void withoutAuthorization(Runnable work) {
        withoutAuthorization(() -> {
            work.run();
            return null;
        });
    }
}
