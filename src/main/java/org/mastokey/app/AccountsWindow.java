package org.mastokey.app;

import javafx.beans.property.BooleanProperty;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.mastokey.ui.accounts.AccountsNavigation;
import org.mastokey.ui.accounts.AccountsServices;
import org.mastokey.ui.accounts.AccountsView;

/**
 * Puts the saved-accounts view into a window, with the same theme and size as the wizard's and a title of its own.
 * Used by the app and by the UI tests, so both see the same window.
 */
public final class AccountsWindow {
    private final AccountsView view;
    private final Scene scene;
    private final BooleanProperty dark;

    private AccountsWindow(AccountsView view, Scene scene, BooleanProperty dark) {
        this.view = view;
        this.scene = scene;
        this.dark = dark;
    }

    public static AccountsWindow show(Stage stage, AccountsServices services, Settings settings, AccountsNavigation navigation) {
        BooleanProperty dark = WindowSetup.rememberedTheme(settings); // before the first control: see there
        AccountsView view = AccountsView.create(services, navigation);
        view.bindTheme(dark);
        Scene scene = WindowSetup.show(stage, view.root(), settings, services.texts().get("accounts.window.title"));
        return new AccountsWindow(view, scene, dark);
    }

    public AccountsView view() {
        return view;
    }

    public Scene scene() {
        return scene;
    }

    public BooleanProperty darkProperty() {
        return dark;
    }
}
