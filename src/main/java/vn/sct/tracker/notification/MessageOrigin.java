package vn.sct.tracker.notification;

import java.util.Optional;

/** The process instance whose step is sending a message right now, if any (where its failure is shown). */
public interface MessageOrigin {

    Optional<String> processInstanceId();
}
