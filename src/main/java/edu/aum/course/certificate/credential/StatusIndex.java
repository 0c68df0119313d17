package edu.aum.course.certificate.credential;

/**
 * Where a certificate's bit lives: its database id fixes it for good (list 1 holds ids 1 to 131,072, list 2 the
 * next ones, ...), so no index is ever allocated or reused and every instance computes the same one.
 */
public record StatusIndex(int list, int index) {

    public StatusIndex {
        if (list < 1 || index < 0 || index >= Bitstring.SIZE) {
            throw new IllegalArgumentException("no such status list entry: " + list + "/" + index);
        }
    }

    public static StatusIndex of(long certificateId) {
        if (certificateId < 1) {
            throw new IllegalArgumentException("a stored certificate has a positive id");
        }
        return new StatusIndex(
                (int) ((certificateId - 1) / Bitstring.SIZE) + 1, (int) ((certificateId - 1) % Bitstring.SIZE));
    }

    /** The first certificate id of a list. */
    public static long firstId(int list) {
        return (long) (list - 1) * Bitstring.SIZE + 1;
    }

    public long certificateId() {
        return firstId(list) + index;
    }
}
