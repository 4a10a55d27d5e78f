package org.mastokey.ui.wizard;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import org.mastokey.ui.Fxml;
import org.mastokey.ui.wizard.authorize.AuthorizeStep;
import org.mastokey.ui.wizard.confirm.ConfirmStep;
import org.mastokey.ui.wizard.scopes.ScopesStep;
import org.mastokey.ui.wizard.server.ServerStep;
import org.mastokey.ui.wizard.server.ServerView;

/**
 * Builds the wizard: one FXML and one controller per step, the controllers created here with what
 * they need (the FXML loader only binds them), and the shell around them. The shell and the first
 * step are built in code instead ({@link WizardShellView}, {@link ServerView}): they are what the first
 * frame waits for, and FXML's loading cost counts there.
 */
public final class Wizard {
    private final Parent root;
    private final WizardShell shell;

    private Wizard(Parent root, WizardShell shell) {
        this.root = root;
        this.shell = shell;
    }

    public static Wizard create(WizardModel model, WizardServices services, WizardExit exit) {
        // Only the first step is built now (the shell shows it); the others when first needed.
        List<WizardShell.Page> pages = List.of(
                new WizardShell.Page("wizard.step.server", () -> {
                    ServerView view = new ServerView(services.texts());
                    return new WizardShell.Built(view.root(), new ServerStep(model, services, view), view::addLaterParts);
                }),
                page("wizard.step.scopes", "scopes/scopes.fxml", () -> new ScopesStep(model, services), services),
                page("wizard.step.authorize", "authorize/authorize.fxml", () -> new AuthorizeStep(model, services), services),
                page("wizard.step.confirm", "confirm/confirm.fxml", () -> new ConfirmStep(model, services), services));
        WizardShell shell = new WizardShell(model, pages, exit, services.texts());
        return new Wizard(shell.root(), shell);
    }

    private static WizardShell.Page page(String titleKey, String fxml, Supplier<? extends WizardStep> controller,
                                         WizardServices services) {
        return WizardShell.Page.loadable(titleKey, () -> {
            WizardStep step = controller.get();
            return new WizardShell.Built(Fxml.load(Wizard.class, fxml, services.texts(), step, Map.of()), step);
        });
    }

    public Parent root() {
        return root;
    }

    public WizardShell shell() {
        return shell;
    }

    /** The root node of every step, in order (for tests and checks that walk the whole wizard). */
    public List<Node> pageRoots() {
        return shell.pageRoots();
    }
}
