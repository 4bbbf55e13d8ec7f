package vn.sct.tracker.security;

import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import vn.sct.tracker.common.Messages;

/**
 * A diagram with a script is refused at deployment: script tasks, scripts in listeners and input/output
 * mappings ({@code camunda:script}), script conditions ({@code language} on a condition). The product's
 * diagrams call Java services only; a script in a deployment is an attempt to run code on the server.
 */
public class ScriptRefusingParseListener extends AbstractBpmnParseListener {

    @Override
    public void parseProcess(Element process, ProcessDefinitionEntity definition) {
        refuseScripts(process, definition.getKey());
    }

    private static void refuseScripts(Element element, String processKey) {
        String name = element.getTagName();
        boolean script = "scriptTask".equals(name) || "script".equals(name)
                || ("conditionExpression".equals(name) || "condition".equals(name))
                && element.attribute("language") != null;
        if (script) {
            String id = element.attribute("id");
            // A parse error: the deployment is refused as invalid input, with the element named.
            throw new BpmnParseException(Messages.bilingual("security.scriptDeployment", processKey,
                    id == null ? name : id), element);
        }
        for (Element child : element.elements()) {
            refuseScripts(child, processKey);
        }
    }
}
