package org.mastokey.ui.wizard;

import org.mastokey.ui.wizard.WizardModel;

/**
 * What happens when the wizard ends: the app closes the window, or (later) shows the saved accounts.
 */
public interface WizardExit {
    void finished(WizardModel result);

    void cancelled();
}
