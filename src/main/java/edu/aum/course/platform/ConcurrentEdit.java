package edu.aum.course.platform;

/**
 * Optimistic locking of edit forms: the form carries the version it was loaded with, and a save on
 * top of someone else's is refused with the one concurrent-edit message.
 */
public final class ConcurrentEdit {

    /** The bundle key of the message a lost update shows. */
    public static final String MESSAGE = "common.concurrentEdit";

    private ConcurrentEdit() {}

    /** Refuses the save unless the row is still at the version the form was loaded with. */
    public static void check(long current, long loaded) {
        if (current != loaded) {
            throw refusal();
        }
    }

    public static BusinessException refusal() {
        return new BusinessException(MESSAGE);
    }
}
