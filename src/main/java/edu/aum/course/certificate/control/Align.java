package edu.aum.course.certificate.control;

/** Where a field's x lies on its text: the left edge, the centre or the right edge. */
public enum Align {
    LEFT,
    CENTER,
    RIGHT;

    /** The left edge of a text of this width anchored at x. */
    float left(float x, float width) {
        return switch (this) {
            case LEFT -> x;
            case CENTER -> x - width / 2;
            case RIGHT -> x - width;
        };
    }
}
