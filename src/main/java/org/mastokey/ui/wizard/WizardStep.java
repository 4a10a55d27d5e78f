package org.mastokey.ui.wizard;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;

/**
 * One page of the wizard, as the shell sees it. The shell owns Back / Next / Cancel; the step says
 * whether Next may be pressed, what it is called, and does its work when it is.
 */
public interface WizardStep {
    /** Next may be pressed. */
    ObservableBooleanValue ready();

    /** The label of the Next button while this step is shown. */
    ObservableStringValue nextLabel();

    /**
     * Called once, on the FX thread, when the step's page is loaded (its FXML may be loaded on another thread,
     * so the controller connects its page to the model, the services and its own helpers here, not in an
     * FXML {@code initialize}).
     */
    default void connect() {
    }

    /** Called each time the step is shown. */
    default void entered() {
    }

    /** Called when the user leaves by Back or Cancel: stop whatever runs. */
    default void abandoned() {
    }

    /** Next pressed: do the step's work and call {@code proceed} once the wizard may move on. */
    default void next(Runnable proceed) {
        proceed.run();
    }

    /**
     * The user wants to leave the step by Back, Cancel or closing the window. Return true to let them;
     * false when the step asks first, and then runs {@code leave} itself once they agreed.
     */
    default boolean mayLeave(Runnable leave) {
        return true;
    }

    /** Escape pressed: cancel a running wait and return true, or return false to let Esc cancel the wizard. */
    default boolean cancelRunning() {
        return false;
    }
}
