package vn.sct.tracker.config;

import org.apache.catalina.Engine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.sct.tracker.common.NodeName;

/**
 * One node of an installation of several sharing one database ({@link NodeName}): the engine writes the
 * node's name into its job log, and the webapps' session ids end in ".&lt;node name&gt;" (Tomcat's route), so
 * that the proxy in front sends a person's browser back to the node that holds their session
 * ({@code deploy/nginx}); the API and the engine REST are stateless and go to any node.
 */
@Configuration
public class ClusterNode {

    @Bean
    AbstractProcessEnginePlugin nodeNameInTheJobLog(NodeName node) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setHostname(node.get());
            }
        };
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> sessionRoute(NodeName node) {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() != null && context.getParent().getParent() instanceof Engine engine) {
                engine.setJvmRoute(node.get());
            }
        });
    }
}
