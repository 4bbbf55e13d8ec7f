package vn.sct.tracker.common;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The name of this node of the installation ({@code tracker.node-name}, environment {@code TRACKER_NODE_NAME}):
 * written by the engine into its job log, by the e-mail outbox on the messages it claims, and appended to
 * the webapps' session ids so that the proxy sends a person back to the node that holds their session.
 * Letters, digits and dashes; without a setting, the host name and the process id.
 */
@Component
public class NodeName {

    private final String name;

    public NodeName(@Value("${tracker.node-name:}") String configured) {
        this.name = configured == null || configured.isBlank() ? fallback() : configured.trim();
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9-]{0,62}")) {
            throw new IllegalStateException("tracker.node-name: letters, digits and dashes, at most 63: " + name);
        }
    }

    public String get() {
        return name;
    }

    private static String fallback() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "node";
        }
        String cleaned = host.replaceAll("[^A-Za-z0-9-]", "-").replaceAll("^-+", "");
        String pid = Long.toString(ManagementFactory.getRuntimeMXBean().getPid());
        String base = cleaned.isEmpty() ? "node" : cleaned;
        return (base.length() > 50 ? base.substring(0, 50) : base) + "-" + pid;
    }
}
