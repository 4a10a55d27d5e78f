package org.mastokey.ui;

import java.util.List;

/** Servers the user signed in to before, newest first, offered on the first step. */
public interface ServerHistory {
    List<String> recent();

    void remember(String address);
}
