package vn.sct.tracker.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.instance.FlowNode;

/** Path coverage of a test class: every flow node of a diagram visited by the instances it started. */
public final class FlowNodeCoverage {

    private FlowNodeCoverage() {
    }

    public static void assertEveryFlowNodeVisited(HistoryService history, RepositoryService repository,
                                                  String processKey, Set<String> startedInstances) {
        var definition = repository.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion()
                .singleResult();
        Set<String> nodes = repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(FlowNode.class)
                .stream().map(FlowNode::getId).collect(Collectors.toSet());
        Set<String> visited = history.createHistoricActivityInstanceQuery().processDefinitionId(definition.getId())
                .list().stream().filter(a -> startedInstances.contains(a.getProcessInstanceId()))
                .map(a -> a.getActivityId()).collect(Collectors.toSet());
        assertThat(visited).as("%s flow nodes visited", processKey).containsAll(nodes);
    }
}
