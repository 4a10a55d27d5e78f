package org.mastokey.ui.accounts;

import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.scene.Parent;
import org.mastokey.ui.Fxml;

/** Builds the saved-accounts view: the list's FXML with its controller, created here with its services. */
public final class AccountsView {
    private final Parent root;
    private final AccountsController controller;

    private AccountsView(Parent root, AccountsController controller) {
        this.root = root;
        this.controller = controller;
    }

    public static AccountsView create(AccountsServices services, AccountsNavigation navigation) {
        AccountsController controller = new AccountsController(services, navigation);
        return new AccountsView(load("accounts.fxml", controller, services), controller);
    }

    /** Loads one FXML of this package, bound to the given controller; an included card summary gets its own. */
    static Parent load(String resource, Object controller, AccountsServices services) {
        return Fxml.load(AccountsView.class, resource, services.texts(), controller, Map.of(AccountSummary.class, AccountSummary::new));
    }

    public Parent root() {
        return root;
    }

    public AccountsController controller() {
        return controller;
    }

    /** The property that switches the dark theme (null hides the toggle). */
    public void bindTheme(BooleanProperty dark) {
        controller.bindTheme(dark);
    }
}
