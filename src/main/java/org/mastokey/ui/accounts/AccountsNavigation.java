package org.mastokey.ui.accounts;

/** Where the saved-accounts view leads: the wizard ("Add account"), or away. */
public interface AccountsNavigation {
    void addAccount();

    void close();
}
