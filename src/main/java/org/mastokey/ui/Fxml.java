package org.mastokey.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/** Loads our FXML files with controllers we create ourselves (FXML never picks a class to instantiate). */
public final class Fxml {
    private Fxml() {
    }

    /**
     * @param anchor     a class in the package the resource lies in
     * @param controller the controller the file names
     * @param parts      controllers for files the first one includes, by their class
     */
    public static Parent load(Class<?> anchor, String resource, Texts texts, Object controller,
                              Map<Class<?>, Supplier<?>> parts) {
        FXMLLoader loader = new FXMLLoader(anchor.getResource(resource), texts.bundle());
        loader.setControllerFactory(type -> {
            if (type == controller.getClass()) {
                return controller;
            }
            Supplier<?> part = parts.get(type);
            if (part == null) {
                throw new IllegalStateException("no controller wired for " + type.getName());
            }
            return part.get();
        });
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load " + resource, e);
        }
    }
}
