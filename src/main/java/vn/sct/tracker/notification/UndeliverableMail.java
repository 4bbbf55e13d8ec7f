package vn.sct.tracker.notification;

/** Told when a message is given up after its last attempt, so that the people who run the product see it. */
public interface UndeliverableMail {

    void gaveUp(OutboxMessage message, String error);
}
