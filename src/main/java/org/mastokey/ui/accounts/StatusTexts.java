package org.mastokey.ui.accounts;

import java.util.List;
import org.mastokey.account.AccountActionException;
import org.mastokey.account.AccountCheck;
import org.mastokey.account.RevokeUnanswered;
import org.mastokey.net.RequestTimeout;
import org.mastokey.net.ServerUnreachable;
import org.mastokey.ui.Texts;

/** How a check result reads on a card: the chip's word, its colour class, and the sentence under it. */
final class StatusTexts {
    static final List<String> STYLE_CLASSES = List.of("status-checking", "status-valid", "status-bad", "status-unknown");

    private final Texts texts;
    private final AccountsServices services;

    StatusTexts(AccountsServices services) {
        this.services = services;
        this.texts = services.texts();
    }

    /** The chip's word; null state = the check is still running. */
    String chip(AccountCheck.State state) {
        if (state == null) {
            return texts.get("accounts.status.checking");
        }
        return switch (state) {
            case VALID -> texts.get("accounts.status.valid");
            case REVOKED -> texts.get("accounts.status.revoked");
            case UNREACHABLE -> texts.get("accounts.status.unreachable");
            case OTHER_ACCOUNT -> texts.get("accounts.status.otherAccount");
            case MISSING -> texts.get("accounts.status.missing");
            case FAILED -> texts.get("accounts.status.failed");
        };
    }

    static String styleClass(AccountCheck.State state) {
        if (state == null) {
            return "status-checking";
        }
        return switch (state) {
            case VALID -> "status-valid";
            case REVOKED, OTHER_ACCOUNT, MISSING -> "status-bad";
            case UNREACHABLE, FAILED -> "status-unknown";
        };
    }

    /** The sentence under the account, or empty when the chip says it all. */
    String detail(AccountCheck check, String host) {
        return switch (check.state()) {
            case VALID -> "";
            case REVOKED -> texts.get("accounts.status.revoked.detail", host);
            case UNREACHABLE -> texts.get("accounts.status.unreachable.detail", host);
            case OTHER_ACCOUNT -> texts.get("accounts.status.otherAccount.detail",
                    check.account().map(a -> a.acct()).orElse("?"));
            case MISSING -> texts.get("accounts.status.missing.detail");
            case FAILED -> texts.get("accounts.status.failed.detail",
                    check.cause().map(e -> services.errors().describe(e)).orElse(""));
        };
    }

    /** Why an action did not work, in words; {@link AccountActionException}s get their own sentence. */
    String failure(Throwable e, String host) {
        if (e instanceof AccountActionException a) {
            return switch (a.reason()) {
                case OTHER_ACCOUNT -> texts.get("accounts.otherAccount", a.otherAcct(), a.acct());
                case SAME_TOKEN -> texts.get("accounts.sameToken");
                case NOT_SAVED -> texts.get("accounts.notSaved");
                case NO_REGISTRATION -> texts.get("accounts.revoke.noRegistration", host);
                case REVOKED_NOT_DELETED -> texts.get("accounts.revoke.notDeleted", host, services.errors().describe(a.getCause()));
            };
        }
        return services.errors().describe(e);
    }

    /** Why a revocation did not happen; an unreachable server gets the plain "NOT revoked, still saved". */
    String revokeFailure(Throwable e, String host) {
        if (e instanceof RevokeUnanswered unanswered) {
            return texts.get(unanswered.stillWorks() ? "accounts.revoke.noAnswer.stillValid" : "accounts.revoke.noAnswer.unknown", host);
        }
        if (e instanceof ServerUnreachable || e instanceof RequestTimeout) {
            return texts.get("accounts.revoke.unreachable", host);
        }
        return e instanceof AccountActionException ? failure(e, host) : texts.get("accounts.revoke.failed", failure(e, host));
    }
}
