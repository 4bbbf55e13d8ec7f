package vn.sct.tracker.common;

/**
 * Who holds a step or receives a message: a user id, or a whole group written {@code group:<id>}.
 * The one place that knows this notation (records keep it in {@code current_actor}).
 */
public final class Actor {

    private static final String GROUP = "group:";

    private Actor() {
    }

    public static String group(String groupId) {
        return GROUP + groupId;
    }

    public static boolean isGroup(String actor) {
        return actor != null && actor.startsWith(GROUP);
    }

    /** The group id of a group actor. */
    public static String groupId(String actor) {
        return actor.substring(GROUP.length());
    }

    /** A person, not a group, and not empty. */
    public static boolean isPerson(String actor) {
        return actor != null && !actor.isBlank() && !isGroup(actor);
    }
}
