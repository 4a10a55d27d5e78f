package org.mastokey.demo;

/** A local account of the fake server. */
record FakeUser(String id, String username, String password, String displayName, String email, String note) {

    static final FakeUser ALICE = new FakeUser("109348214316390001", FakeMastodonOptions.USERNAME,
            FakeMastodonOptions.PASSWORD, "Alice Liddell", "alice@example.invalid",
            "Curiouser and curiouser. Demo account of the Mastokey fake server.");
    static final FakeUser BOB = new FakeUser("109348214316390002", FakeMastodonOptions.OTHER_USERNAME,
            FakeMastodonOptions.OTHER_PASSWORD, "Bob the Builder", "bob@example.invalid",
            "Can we fix it? Second demo account of the Mastokey fake server.");

    boolean accepts(String login, String pass) {
        return (username.equalsIgnoreCase(login) || email.equalsIgnoreCase(login)) && password.equals(pass);
    }

    String avatarPath() {
        return "/system/accounts/avatars/" + username + ".png";
    }
}
