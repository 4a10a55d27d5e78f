package org.mastokey.ui.accounts;

import java.net.URI;
import static org.mastokey.ui.Visibility.show;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.shape.Circle;
import org.mastokey.ui.RemotePicture;
import org.mastokey.account.AccountCheck;
import org.mastokey.account.SavedAccount;
import org.mastokey.ui.Texts;

/**
 * The top of an account card: avatar, names, server, when it was saved, scopes, and the status chip
 * with the sentence that explains it. Shows; decides nothing.
 */
public final class AccountSummary {
    private static final int AVATAR_SIZE = 48;

    private AccountsServices services;
    private Texts texts;
    private StatusTexts statusTexts;

    @FXML private ImageView avatar;
    @FXML private Label initials;
    @FXML private Label displayName;
    @FXML private Label statusChip;
    @FXML private Label acct;
    @FXML private Label details;
    @FXML private Label scopes;
    @FXML private Label statusDetail;

    @FXML
    private void initialize() {
        avatar.setClip(new Circle(AVATAR_SIZE / 2.0, AVATAR_SIZE / 2.0, AVATAR_SIZE / 2.0));
    }

    /** Called by the card once it is loaded (FXML creates this part with no arguments). */
    void use(AccountsServices services, StatusTexts statusTexts) {
        this.services = services;
        this.texts = services.texts();
        this.statusTexts = statusTexts;
    }

    /** @return the sentence screen readers announce for the whole card */
    String showAccount(SavedAccount saved, String host) {
        String name = saved.displayName() == null || saved.displayName().isBlank() ? saved.acct() : saved.displayName();
        displayName.setText(name);
        initials.setText(name.isBlank() ? "?" : name.substring(0, 1).toUpperCase(texts.locale()));
        acct.setText("@" + saved.acct());
        String where = texts.get("accounts.server", host);
        details.setText(saved.savedAt() == null ? where : where + "  ·  " + texts.get("accounts.savedAt",
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(formatLocale()).withZone(services.zone()).format(saved.savedAt())));
        scopes.setText(texts.get("accounts.scopes", saved.scopes() == null || saved.scopes().isEmpty()
                ? texts.get("scopes.none") : saved.scopes().asParameter()));
        if (saved.avatar() != null) {
            showAvatar(saved.avatar());
        }
        avatar.setAccessibleText(texts.get("accounts.avatar.accessible", saved.acct()));
        return texts.get("accounts.card.accessible", saved.acct(), host);
    }

    /** The base (English) bundle has no locale of its own: dates then follow the system's format settings. */
    private Locale formatLocale() {
        return texts.locale().getLanguage().isEmpty() ? Locale.getDefault(Locale.Category.FORMAT) : texts.locale();
    }

    /** The chip for a check's state; null = still checking (the explaining sentence is hidden then). */
    void showState(AccountCheck.State now) {
        statusChip.setText(statusTexts.chip(now));
        statusChip.getStyleClass().removeAll(StatusTexts.STYLE_CLASSES);
        statusChip.getStyleClass().add(StatusTexts.styleClass(now));
        statusChip.setAccessibleText(texts.get("accounts.status.accessible", statusChip.getText()));
        if (now == null) {
            show(statusDetail, false);
        }
    }

    /** What the server said: the sentence under the chip, and the avatar if the saved account had none. */
    void showCheck(SavedAccount saved, AccountCheck check, String host) {
        String detail = statusTexts.detail(check, host);
        // When, so that "Check again" visibly did something even when the answer is the same.
        String checkedAt = texts.get("accounts.checkedAt", DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                .withLocale(formatLocale()).format(java.time.ZonedDateTime.now(services.zone())));
        statusDetail.setText(detail.isEmpty() ? checkedAt : detail + " " + checkedAt);
        show(statusDetail, true);
        if (saved.avatar() == null && check.verified() != null && check.verified().avatar() != null) {
            showAvatar(check.verified().avatar());
        }
    }

    private void showAvatar(URI url) {
        RemotePicture.show(avatar, url, services.actions()::picture, services.background(), AVATAR_SIZE);
    }

    /** The server as the card names it: host, and the port when it is not the default. */
    static String host(SavedAccount saved) {
        if (saved.server() == null) {
            return saved.acct().substring(saved.acct().lastIndexOf('@') + 1);
        }
        String host = saved.server().getHost();
        return saved.server().getPort() > 0 ? host + ":" + saved.server().getPort() : host;
    }
}
