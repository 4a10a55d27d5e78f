package org.mastokey.ui.wizard;

import java.util.Optional;
import org.mastokey.account.LoginFlow;
import org.mastokey.account.SavedAccounts;
import org.mastokey.ui.FxTasks;
import org.mastokey.ui.SystemBrowser;
import org.mastokey.ui.ClipboardGuard;
import org.mastokey.ui.ErrorTexts;
import org.mastokey.ui.ServerHistory;
import org.mastokey.ui.Texts;

/**
 * Everything the steps need from outside, handed to them by the controller factory.
 *
 * @param demoHint text shown on the first step in demo mode (e.g. the demo user and password), if any
 */
public record WizardServices(LoginFlow flow, SavedAccounts accounts, FxTasks background, SystemBrowser browser,
                             ClipboardGuard clipboard, ServerHistory history, Texts texts, Optional<String> demoHint) {

    public ErrorTexts errors() {
        return new ErrorTexts(texts);
    }

    /** The language the server's pages should use (its {@code lang} parameter). */
    public String language() {
        return texts.locale().getLanguage().isEmpty() ? "en" : texts.locale().getLanguage();
    }
}
