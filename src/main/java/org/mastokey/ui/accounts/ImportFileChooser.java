package org.mastokey.ui.accounts;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.mastokey.ui.Texts;

/** Asks for the plaintext credential file to import; a test hands in the file instead of a dialog. */
@FunctionalInterface
public interface ImportFileChooser {
    Optional<Path> choose(Window owner);

    /** The platform's open-file dialog. */
    static ImportFileChooser system(Texts texts) {
        return owner -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(texts.get("accounts.import.title"));
            return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
        };
    }
}
