package org.mastokey.ui.accounts;

import static org.mastokey.ui.Visibility.show;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.VBox;
import org.mastokey.account.SavedAccount;
import org.mastokey.account.imports.ImportOutcome;
import org.mastokey.account.imports.PlaintextImport;
import org.mastokey.account.imports.UnreadableSource;
import org.mastokey.ui.KeychainPlace;
import org.mastokey.ui.ThemeToggle;

/**
 * The saved-accounts list: reads the keychain in the background, shows one card per account (each
 * checks itself with its server), and says what happened to a card that went away.
 */
public final class AccountsController {
    private final AccountsServices services;
    private final AccountsNavigation navigation;
    private final List<AccountCard> cards = new ArrayList<>();

    @FXML
    private Label subtitle;
    @FXML
    private Label notice;
    @FXML
    private VBox cardList;
    @FXML
    private Label emptyText;
    @FXML
    private Button addButton;
    @FXML
    private Button importButton;
    @FXML
    private Button closeButton;
    @FXML
    private ToggleButton themeToggle;

    /** "No accounts are saved yet" would be odd right after the last one went. */
    private boolean removedOne;

    AccountsController(AccountsServices services, AccountsNavigation navigation) {
        this.services = services;
        this.navigation = navigation;
    }

    @FXML
    private void initialize() {
        showKeychainPlace(services.actions().accounts().keychainKind());
        // A Secret Service is named once it has been asked who answers.
        services.background().run(() -> services.actions().accounts().identifyKeychain(), this::showKeychainPlace, e -> { });
        show(notice, false);
        show(importButton, services.imports() != null);
        reload();
    }

    private void showKeychainPlace(org.mastokey.keystore.KeychainKind kind) {
        subtitle.setText(services.texts().get("accounts.subtitle", KeychainPlace.in(services.texts(), kind)));
    }

    void bindTheme(BooleanProperty dark) {
        ThemeToggle.bind(themeToggle, dark);
    }

    /** Reads the saved accounts again and checks each with its server. */
    public void reload() {
        cards.clear();
        cardList.getChildren().clear();
        emptyText.setText(services.texts().get("accounts.loading"));
        emptyText.getStyleClass().remove("error-text");
        show(emptyText, true);
        services.background().run(() -> services.actions().accounts().list(), this::showAccounts, e -> {
            emptyText.setText(services.texts().get("accounts.loadFailed", services.errors().describe(e)));
            emptyText.getStyleClass().add("error-text");
        });
    }

    private void showAccounts(List<SavedAccount> accounts) {
        for (SavedAccount saved : accounts.stream().sorted(Comparator.comparing(SavedAccount::acct, String.CASE_INSENSITIVE_ORDER)).toList()) {
            AccountCard card = new AccountCard(saved, services, this::removed);
            cards.add(card);
            cardList.getChildren().add(AccountsView.load("account-card.fxml", card, services));
            card.check();
        }
        updateEmpty();
    }

    /** A revoke did what was asked (plain success); a local delete leaves a valid token behind (the warning banner). */
    private void removed(AccountCard card, String message, boolean stillValidOnServer) {
        javafx.scene.Node focused = card.root().getScene() == null ? null : card.root().getScene().getFocusOwner();
        // The confirm bar that was pressed hid while the revoke ran, and JavaFX handed the focus on (to Close).
        boolean focusWasOnCard = focused == null || focused == closeButton || isInside(focused, card.root());
        cards.remove(card);
        cardList.getChildren().remove(card.root());
        notice.setText(message);
        notice.getStyleClass().removeAll("banner", "success-banner");
        notice.getStyleClass().add(stillValidOnServer ? "banner" : "success-banner");
        show(notice, true);
        removedOne = true;
        updateEmpty();
        // The pressed button went with its card: Enter would close the window instead of adding an account.
        if (focusWasOnCard) {
            addButton.requestFocus();
        }
    }

    private static boolean isInside(javafx.scene.Node node, javafx.scene.Node ancestor) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    private void updateEmpty() {
        emptyText.setText(services.texts().get(removedOne ? "accounts.empty.now" : "accounts.empty"));
        show(emptyText, cards.isEmpty());
    }

    /** The cards shown, in order (for tests and the window). */
    public List<AccountCard> cards() {
        return List.copyOf(cards);
    }

    @FXML
    private void onAdd() {
        cards.forEach(AccountCard::stop);
        navigation.addAccount();
    }

    /** "Import…": a plaintext credential file of toot, Mastodon.py or a .env, through the engine's import. */
    @FXML
    private void onImport() {
        Optional<Path> chosen = services.files().choose(importButton.getScene().getWindow());
        if (chosen.isEmpty()) {
            return;
        }
        importButton.setDisable(true);
        notice.getStyleClass().remove("error-text");
        notice.setText(services.texts().get("accounts.import.busy", chosen.get().getFileName()));
        show(notice, true);
        services.background().run(() -> {
            PlaintextImport.Source source = PlaintextImport.read(chosen.get());
            return services.imports().importAll(source, services.texts().get("accounts.import.note", source.format().cliName()));
        }, outcomes -> {
            importButton.setDisable(false);
            notice.setText(outcomes.isEmpty() ? services.texts().get("accounts.import.none", chosen.get().getFileName())
                    : outcomes.stream().map(this::line).collect(Collectors.joining("\n")));
            reload();
        }, e -> {
            importButton.setDisable(false);
            notice.getStyleClass().add("error-text");
            notice.setText(e instanceof UnreadableSource unreadable ? unreadable.getMessage() : services.errors().describe(e));
        });
    }

    private String line(ImportOutcome outcome) {
        return switch (outcome.kind()) {
            case IMPORTED -> services.texts().get("accounts.import.imported", outcome.account().orElseThrow().acct());
            case ALREADY_SAVED -> services.texts().get("accounts.import.already", outcome.account().orElseThrow().acct());
            case OTHER_TOKEN_SAVED, REJECTED -> services.texts().get("accounts.import.rejected", outcome.entry(), outcome.reason());
        };
    }

    @FXML
    private void onClose() {
        cards.forEach(AccountCard::stop);
        navigation.close();
    }
}
