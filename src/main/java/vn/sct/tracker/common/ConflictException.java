package vn.sct.tracker.common;

/**
 * A request that contradicts what is stored (answered 409): the same key already stands for something
 * else. Named and worded like any {@link ValidationException}.
 */
public class ConflictException extends ValidationException {

    public ConflictException(String field, String reasonKey, Object... reasonArgs) {
        super(field, reasonKey, reasonArgs);
    }
}
