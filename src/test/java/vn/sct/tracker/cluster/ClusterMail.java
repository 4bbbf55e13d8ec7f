package vn.sct.tracker.cluster;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** The cluster's mail server (GreenMail) on a fixed port, stopped and started again as an outage would. */
final class ClusterMail implements AutoCloseable {

    final int port;
    private GreenMail server;

    ClusterMail(int port) {
        this.port = port;
    }

    void up() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", "smtp"));
        server.start();
    }

    void down() {
        server.stop();
    }

    /** Whether a message whose subject names the directive arrived. */
    boolean received(String directiveId) {
        try {
            for (var m : server.getReceivedMessages()) {
                if (m.getSubject().contains(directiveId)) {
                    return true;
                }
            }
            return false;
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop();
        }
    }
}
