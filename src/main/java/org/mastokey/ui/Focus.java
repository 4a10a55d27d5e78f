package org.mastokey.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * {@code requestFocus()} does nothing for a node whose window is not showing yet, and the window then
 * focuses its first control (the theme toggle), so Enter would flip the theme instead of pressing Next.
 */
public final class Focus {
    private Focus() {
    }

    /** Focuses the node now if its window is showing, otherwise as soon as it is. */
    public static void whenShown(Node node) {
        if (showing(node)) {
            node.requestFocus();
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene != null) {
                    node.sceneProperty().removeListener(this);
                    whenWindowShown(node, scene);
                }
            }
        });
        if (node.getScene() != null) {
            whenWindowShown(node, node.getScene());
        }
    }

    private static void whenWindowShown(Node node, Scene scene) {
        if (scene.getWindow() != null) {
            whenShowing(node, scene.getWindow());
            return;
        }
        scene.windowProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Window> obs, Window old, Window window) {
                if (window != null) {
                    scene.windowProperty().removeListener(this);
                    whenShowing(node, window);
                }
            }
        });
    }

    private static void whenShowing(Node node, Window window) {
        if (window.isShowing()) {
            node.requestFocus();
            return;
        }
        window.showingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean now) {
                if (now) {
                    window.showingProperty().removeListener(this);
                    node.requestFocus();
                }
            }
        });
    }

    private static boolean showing(Node node) {
        return node.getScene() != null && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing();
    }
}
