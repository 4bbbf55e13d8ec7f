package vn.sct.tracker.common;

/** A record that does not exist (or that the caller may not see). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
