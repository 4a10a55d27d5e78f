package org.mastokey.ui;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.mastokey.account.TokenNotKept;
import org.mastokey.keystore.KeystoreException;
import org.mastokey.net.AccountMismatch;
import org.mastokey.net.NoAppOnlyTokens;
import org.mastokey.net.NotMastodonCompatible;
import org.mastokey.net.OAuthError;
import org.mastokey.net.RateLimited;
import org.mastokey.net.RequestTimeout;
import org.mastokey.net.ServerUnreachable;
import org.mastokey.net.ServiceException;
import org.mastokey.net.TlsFailure;
import org.mastokey.net.UnexpectedResponse;
import org.mastokey.net.UnknownAccount;
import org.mastokey.net.UnsupportedServer;
import org.mastokey.server.InvalidServerAddressException;

/**
 * Turns a failure into a sentence a person can act on, in their language. Never a stack trace; the
 * service layer's own (English) message is the fallback for cases without a translation.
 */
public final class ErrorTexts {
    private final Texts texts;

    public ErrorTexts(Texts texts) {
        this.texts = texts;
    }

    public String describe(Throwable failure) {
        Throwable e = unwrap(failure);
        if (e instanceof ServiceException service) {
            return describeService(service);
        }
        if (e instanceof InvalidServerAddressException invalid) {
            return describeAddress(invalid);
        }
        if (e instanceof KeystoreException keystore) {
            return describeKeystore(keystore);
        }
        if (e instanceof CancellationException || e instanceof InterruptedException) {
            return texts.get("error.cancelled");
        }
        return texts.get("error.unexpected", e.getClass().getSimpleName());
    }

    private String describeService(ServiceException e) {
        if (e instanceof ServerUnreachable u) {
            return switch (u.reason()) {
                case UNKNOWN_HOST -> texts.get("error.unknownHost", u.host());
                case REFUSED -> texts.get("error.refused", u.host());
                case OTHER -> texts.get("error.unreachable", u.host());
            };
        } else if (e instanceof NoAppOnlyTokens n) {
            return texts.get("error.noAppOnly", n.host(), n.software());
        } else if (e instanceof NotMastodonCompatible n) {
            return texts.get("error.notMastodon", n.host());
        } else if (e instanceof UnsupportedServer u) {
            return texts.get("error.unsupportedServer", u.host(), u.software());
        } else if (e instanceof TlsFailure t) {
            return texts.get("error.tls", t.host());
        } else if (e instanceof RateLimited) {
            return texts.get("error.rateLimited");
        } else if (e instanceof RequestTimeout) {
            return texts.get("error.timeout");
        } else if (e instanceof AccountMismatch m) {
            return texts.get("error.accountMismatch", m.expected(), m.actual());
        } else if (e instanceof OAuthError o) {
            return describeOAuth(o);
        } else if (e instanceof UnknownAccount u) {
            return texts.get("error.unknownAccount", u.handle());
        } else if (e instanceof UnexpectedResponse) {
            return texts.get("error.unexpectedResponse");
        }
        return e.getMessage();
    }

    private String describeOAuth(OAuthError o) {
        String error = o.error() == null ? "" : o.error();
        return switch (error) {
            case "access_denied" -> texts.get("error.denied");
            case "invalid_grant" -> texts.get("error.badCode");
            case "invalid_state" -> texts.get("error.foreignState");
            case "invalid_scope" -> texts.get("error.invalidScope");
            case "invalid_client" -> texts.get("error.invalidClient");
            default -> texts.get("error.serverRefused", Integer.toString(o.status()),
                    o.description() != null && !o.description().isBlank() ? o.description() : error);
        };
    }

    private String describeAddress(InvalidServerAddressException e) {
        String detail = e.detail();
        String why = switch (e.problem()) {
            case EMPTY -> texts.get("address.empty");
            case SPACES -> texts.get("address.spaces");
            case ONLY_USER_NAME -> texts.get("address.onlyUserName", detail);
            case NOT_USABLE -> texts.get("address.notUsable", detail);
            case INVALID_WEB_ADDRESS -> texts.get("address.invalidWebAddress", detail);
            case OTHER_SCHEME -> texts.get("address.otherScheme", detail);
            case NO_SERVER_NAME -> texts.get("address.noServerName", detail);
            case HANDLE_WITH_SCHEME -> texts.get("address.handleWithScheme");
            case TOO_MANY_AT -> texts.get("address.tooManyAt");
            case NO_USER_NAME -> texts.get("address.noUserName");
            case INVALID_USER_NAME -> texts.get("address.invalidUserName", detail);
            case HANDLE_WITH_PATH -> texts.get("address.handleWithPath");
            case NOT_AN_ADDRESS -> texts.get("address.notAnAddress", detail);
            case PLAIN_HTTP -> texts.get("address.plainHttp", detail);
            case IPV6 -> texts.get("address.ipv6");
            case INVALID_SERVER_NAME -> texts.get("address.invalidServerName", detail);
            case NO_DOT -> texts.get("address.noDot", detail);
            case NAME_TOO_LONG -> texts.get("address.nameTooLong");
            case INVALID_IP -> texts.get("address.invalidIp", detail);
            case INVALID_PORT -> texts.get("address.invalidPort");
        };
        return e.problem().showsExample() ? why + " " + texts.get("address.example") : why;
    }

    private String describeKeystore(KeystoreException e) {
        return switch (e.reason()) {
            case UNAVAILABLE -> texts.get("error.keychainUnavailable");
            case LOCKED -> texts.get("error.keychainLocked");
            case NEEDS_APPROVAL -> texts.get("error.keychainNeedsApproval", e.provider().orElse(e.getMessage()));
            case TIMEOUT -> texts.get("error.keychainTimeout");
            case BACKEND_ERROR -> texts.get("error.keychainFailed", e.getMessage());
            case ACCESS_DENIED -> texts.get("error.keychainDenied");
            case CONFIRMATION_NEEDED -> texts.get("error.keychainConfirmationNeeded");
        };
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof ExecutionException
                || current instanceof CompletionException
                || current instanceof TokenNotKept) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
