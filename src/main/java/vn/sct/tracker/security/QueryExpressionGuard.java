package vn.sct.tracker.security;

import java.lang.reflect.Field;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.query.Query;
import vn.sct.tracker.common.Messages;

/**
 * No query may make the engine evaluate an expression, whoever sends it and however it is nested.
 *
 * <p>The engine's own check ({@code enableExpressionsInAdhocQueries}) looks only at the top level of a
 * query: an {@code orQueries} entry, the query that a filter execution extends and the or-queries of a
 * stored filter are evaluated unchecked. This interceptor runs inside the command context, before every
 * command, and refuses:
 * <ul>
 *   <li>a query executed as a command (Java API, {@code /engine-rest}, the webapps' REST mount) with an
 *       expression in itself or any of its or-queries;</li>
 *   <li>a filter execution whose extending query or stored query carries one;</li>
 *   <li>saving a filter whose query carries one.</li>
 * </ul>
 * The answer is {@link BadUserRequestException}: 400 on the REST APIs, with the parameter named.
 */
public class QueryExpressionGuard extends CommandInterceptor {

    private static final Field EXTENDING_QUERY = field(AbstractExecuteFilterCmd.class, "extendingQuery");
    private static final Field FILTER_ID = field(AbstractExecuteFilterCmd.class, "filterId");
    private static final Field SAVED_FILTER = field(SaveFilterCmd.class, "filter");

    @Override
    public <T> T execute(Command<T> command) {
        if (command instanceof AbstractQuery<?, ?> query) {
            refuseExpressions(query);
        } else if (command instanceof AbstractExecuteFilterCmd execution) {
            refuseExpressions((Query<?, ?>) read(EXTENDING_QUERY, execution));
            refuseExpressions(storedQuery((String) read(FILTER_ID, execution)));
        } else if (command instanceof SaveFilterCmd save) {
            Filter filter = (Filter) read(SAVED_FILTER, save);
            if (filter != null) {
                refuseExpressions(filter.getQuery());
            }
        }
        return next.execute(command);
    }

    /** Refuses a query that carries an expression at any level (itself, its or-queries). */
    static void refuseExpressions(Query<?, ?> query) {
        if (query instanceof TaskQueryImpl task) {
            for (TaskQueryImpl part : task.getQueries()) {
                refuse(part.getExpressions());
            }
        } else if (query instanceof AbstractQuery<?, ?> any) {
            refuse(any.getExpressions());
        }
    }

    private static void refuse(Map<String, String> expressions) {
        if (expressions != null && !expressions.isEmpty()) {
            String parameter = expressions.keySet().iterator().next();
            throw new BadUserRequestException(Messages.bilingual("security.queryExpression", parameter));
        }
    }

    private static Query<?, ?> storedQuery(String filterId) {
        CommandContext context = Context.getCommandContext();
        if (filterId == null || context == null) {
            return null;
        }
        FilterEntity filter = context.getFilterManager().findFilterById(filterId);
        return filter == null ? null : filter.getQuery();
    }

    private static Field field(Class<?> type, String name) {
        try {
            Field f = type.getDeclaredField(name);
            f.setAccessible(true);
            return f;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda changed " + type.getName() + "." + name
                    + ": the expression guard must be reviewed", e);
        }
    }

    private static Object read(Field field, Object target) {
        try {
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
