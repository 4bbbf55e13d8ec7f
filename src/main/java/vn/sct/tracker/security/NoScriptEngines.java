package vn.sct.tracker.security;

import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;
import vn.sct.tracker.common.Messages;

/**
 * The engine finds no script engine for any language: a script that reached the engine anyway (BPMN,
 * DMN or a process application) fails instead of running.
 */
public class NoScriptEngines implements ScriptEngineResolver {

    private final ScriptEngineManager empty = new ScriptEngineManager(null);

    @Override
    public void addScriptEngineFactory(ScriptEngineFactory factory) {
        // no script engine is ever registered
    }

    @Override
    public ScriptEngineManager getScriptEngineManager() {
        return empty;
    }

    @Override
    public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
        throw new ProcessEngineException(Messages.bilingual("security.scriptEngine", language));
    }
}
