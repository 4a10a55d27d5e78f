package org.mastokey.account;

import org.mastokey.oauth.AccessToken;
import org.mastokey.oauth.RegisteredApp;
import org.mastokey.server.ServerInfo;

/** The end of a successful flow: a token, the app it belongs to, and the account it acts for. */
public record Login(ServerInfo server, RegisteredApp app, AccessToken token, VerifiedAccount account) {
}
