package org.mastokey.ui.accounts;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.beans.property.BooleanProperty;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

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

    /** Loads one FXML of this package, binding it to the given controller (no other controller is created). */
    static Parent load(String resource, Object controller, AccountsServices services) {
        FXMLLoader loader = new FXMLLoader(AccountsView.class.getResource(resource), services.texts().bundle());
        loader.setControllerFactory(type -> {
            if (type != controller.getClass()) {
                throw new IllegalStateException("no controller wired for " + type.getName());
            }
            return controller;
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + resource, e);
        }
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
