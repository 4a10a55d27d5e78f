package org.mastokey.ui.wizard;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.mastokey.account.Login;
import org.mastokey.account.SavedAccount;
import org.mastokey.keystore.SecretStore;
import org.mastokey.oauth.AccessToken;
import org.mastokey.oauth.Scopes;
import org.mastokey.server.ServerInfo;

/**
 * What the steps have found out so far. Each step writes its own slice and reads the earlier ones;
 * a step never reaches into another step. Touched on the FX thread only.
 */
public final class WizardModel {
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final ObjectProperty<ServerInfo> server = new SimpleObjectProperty<>(this, "server");
    private final ObjectProperty<Scopes> scopes = new SimpleObjectProperty<>(this, "scopes", Scopes.of());
    private final ObjectProperty<AuthorizeMethod> method = new SimpleObjectProperty<>(this, "method", AuthorizeMethod.SYSTEM_BROWSER);
    /** The signed-in result; null for an app-only token. */
    private final ObjectProperty<Login> login = new SimpleObjectProperty<>(this, "login");
    private final ObjectProperty<AccessToken> token = new SimpleObjectProperty<>(this, "token");
    private final ObjectProperty<SecretStore.Status> keychainStatus = new SimpleObjectProperty<>(this, "keychainStatus");
    private final ObjectProperty<SavedAccount> saved = new SimpleObjectProperty<>(this, "saved");

    public StringProperty addressProperty() {
        return address;
    }

    public ObjectProperty<ServerInfo> serverProperty() {
        return server;
    }

    public ObjectProperty<Scopes> scopesProperty() {
        return scopes;
    }

    public ObjectProperty<AuthorizeMethod> methodProperty() {
        return method;
    }

    public ObjectProperty<Login> loginProperty() {
        return login;
    }

    public ObjectProperty<AccessToken> tokenProperty() {
        return token;
    }

    public ObjectProperty<SecretStore.Status> keychainStatusProperty() {
        return keychainStatus;
    }

    public ObjectProperty<SavedAccount> savedProperty() {
        return saved;
    }

    public boolean keychainUsable() {
        return keychainStatus.get() != null && keychainStatus.get().isUsable();
    }

    /** Forgets the result of authorizing, e.g. when the user goes back to change the server or scopes. */
    public void clearResult() {
        login.set(null);
        token.set(null);
        saved.set(null);
    }
}
