package vn.sct.tracker.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine's own defences, since Camunda 7 CE receives no more security fixes:
 * <ul>
 *   <li>no query evaluates an expression, however nested ({@link QueryExpressionGuard});</li>
 *   <li>no deployment may contain a script, and no script engine is available at run time
 *       ({@link ScriptRefusingParseListener}, {@link NoScriptEngines});</li>
 *   <li>no Java serialization and no deserialization of variables into arbitrary classes;</li>
 *   <li>wrong passwords never lock an account unless an administrator chose a limit
 *       ({@link LoginProperties#lockAfter()}); the web layer slows the source down instead
 *       ({@link LoginThrottle}).</li>
 * </ul>
 */
@Component
public class EngineHardeningPlugin extends AbstractProcessEnginePlugin {

    private final LoginProperties login;

    public EngineHardeningPlugin(LoginProperties login) {
        this.login = login;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        QueryExpressionGuard guard = new QueryExpressionGuard();
        configuration.setCustomPostCommandInterceptorsTxRequired(
                with(configuration.getCustomPostCommandInterceptorsTxRequired(), guard));
        configuration.setCustomPostCommandInterceptorsTxRequiresNew(
                with(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), new QueryExpressionGuard()));
        configuration.setEnableExpressionsInAdhocQueries(false);
        configuration.setEnableExpressionsInStoredQueries(false);

        List<BpmnParseListener> parseListeners = configuration.getCustomPreBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        parseListeners.add(new ScriptRefusingParseListener());
        configuration.setCustomPreBPMNParseListeners(parseListeners);
        configuration.setScriptEngineResolver(new NoScriptEngines());
        configuration.setEnableFetchScriptEngineFromProcessApplication(false);

        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setDeserializationTypeValidationEnabled(true);

        // The engine locks an account for good after loginMaxAttempts wrong passwords and refuses even the
        // right one during a growing delay: anyone could lock anyone out. Delays are the web layer's job.
        configuration.setLoginMaxAttempts(login.lockAfter() > 0 ? login.lockAfter() : Integer.MAX_VALUE);
        configuration.setLoginDelayBase(0);
    }

    private static List<CommandInterceptor> with(List<CommandInterceptor> existing, CommandInterceptor added) {
        List<CommandInterceptor> all = existing == null ? new ArrayList<>() : new ArrayList<>(existing);
        all.add(added);
        return all;
    }
}
