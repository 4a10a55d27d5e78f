package org.mastokey.ui;

import javafx.scene.Node;

/** Showing and hiding parts of a view so that hidden ones also give up their space. */
public final class Visibility {
    private Visibility() {
    }

    public static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }
}
