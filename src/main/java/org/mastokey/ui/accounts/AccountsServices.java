package org.mastokey.ui.accounts;

import java.time.ZoneId;
import org.mastokey.account.AccountActions;
import org.mastokey.account.imports.PlaintextImport;
import org.mastokey.ui.FxTasks;
import org.mastokey.ui.SystemBrowser;
import org.mastokey.ui.ClipboardGuard;
import org.mastokey.ui.ErrorTexts;
import org.mastokey.ui.Texts;

/**
 * Everything the saved-accounts view needs from outside, handed in by the composition root.
 *
 * @param zone    the time zone "saved at" is shown in
 * @param imports moves other tools' plaintext tokens into the keychain ("Import…"); null hides the button
 * @param files   asks the person for the file to import
 */
public record AccountsServices(AccountActions actions, FxTasks background, SystemBrowser browser,
                               ClipboardGuard clipboard, Texts texts, ZoneId zone, PlaintextImport imports,
                               ImportFileChooser files) {

    public AccountsServices(AccountActions actions, FxTasks background, SystemBrowser browser, ClipboardGuard clipboard,
                            Texts texts, ZoneId zone) {
        this(actions, background, browser, clipboard, texts, zone, null, ImportFileChooser.system(texts));
    }

    public ErrorTexts errors() {
        return new ErrorTexts(texts);
    }

    /** The language the server's pages should use (its {@code lang} parameter). */
    public String language() {
        return texts.locale().getLanguage().isEmpty() ? "en" : texts.locale().getLanguage();
    }
}
