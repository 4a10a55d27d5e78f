package org.mastokey.ui;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** One secret put on the clipboard: how many seconds it has left there, and how its time ended. */
public final class CopiedSecret {
    public enum Phase {
        /** Still on the clipboard; {@link #secondsLeftProperty()} counts down. */
        COUNTING,
        /** Its time ran out and the clipboard was cleared. */
        CLEARED,
        /** Its time ran out, but the user had copied something else meanwhile, which was left alone. */
        LEFT_ALONE,
        /** A later copy took its place (that one counts now). */
        REPLACED
    }

    private final ReadOnlyIntegerWrapper secondsLeft;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.COUNTING);

    CopiedSecret(int seconds) {
        secondsLeft = new ReadOnlyIntegerWrapper(seconds);
    }

    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public int secondsLeft() {
        return secondsLeft.get();
    }

    public Phase phase() {
        return phase.get();
    }

    /** One second passed; true when the time is up. */
    boolean tick() {
        secondsLeft.set(Math.max(0, secondsLeft.get() - 1));
        return secondsLeft.get() == 0;
    }

    void end(Phase how) {
        phase.set(how);
    }
}
