package org.mastokey.ui.wizard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.HBox;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import org.mastokey.ui.Texts;
import org.mastokey.ui.ThemeToggle;

/**
 * The frame around the steps: step indicator, the current page, and Back / Next / Cancel in the
 * footer. Enter presses Next (default button); Esc cancels a running wait, or else the wizard.
 */
public final class WizardShell {
    /**
     * A step's root node and controller; {@code rest}, when not null, adds what the page left out of the
     * first frame (parts that start hidden), run by {@link #buildNextPage()} once the frame is drawn.
     */
    public record Built(Node root, WizardStep step, Runnable rest) {
        public Built(Node root, WizardStep step) {
            this(root, step, null);
        }
    }

    /**
     * One step, built the first time it is shown (or by {@link #buildNextPage()}), so that the window
     * waits only for the first step's CSS and skins. A page made with {@link #loadable} may have its nodes
     * loaded ahead on another thread ({@link #loadAhead()}); the rest happens on the FX thread.
     */
    public static final class Page {
        private final String titleKey;
        private final FutureTask<Built> loading;
        private final boolean anyThread;
        private Built built;
        private boolean restAdded;

        public Page(String titleKey, Supplier<Built> builder) {
            this(titleKey, builder, false);
        }

        private Page(String titleKey, Supplier<Built> builder, boolean anyThread) {
            this.titleKey = titleKey;
            this.loading = new FutureTask<>(builder::get);
            this.anyThread = anyThread;
        }

        /**
         * A page whose builder only creates nodes and its controller (touching nothing shared: the
         * controller's {@link WizardStep#connect()} does that), so that it may run on any thread.
         */
        public static Page loadable(String titleKey, Supplier<Built> builder) {
            return new Page(titleKey, builder, true);
        }

        public String titleKey() {
            return titleKey;
        }

        boolean isBuilt() {
            return built != null;
        }

        /** On the calling thread, not the FX one: loads the page's nodes, if it may be loaded so and is not yet. */
        void loadAhead() {
            if (anyThread) {
                loading.run();
            }
        }

        Built built() {
            if (built == null) {
                loading.run(); // returns at once if loadAhead() did or is doing it; get() then waits
                built = loaded();
                built.step().connect();
            }
            return built;
        }

        private Built loaded() {
            try {
                return loading.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while a step's page loaded", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }

        /** Adds the rest of a built page, if it left something out and that is not added yet. */
        boolean addRest() {
            if (built == null || built.rest() == null || restAdded) {
                return false;
            }
            restAdded = true;
            built.rest().run();
            return true;
        }

        Node root() {
            return built().root();
        }

        WizardStep step() {
            return built().step();
        }
    }

    private final WizardModel model;
    private final List<Page> pages;
    private final WizardExit exit;
    private final IntegerProperty current = new SimpleIntegerProperty(-1);
    private final Map<Page, HiddenPage> placed = new HashMap<>();

    private final Texts texts;
    private final WizardShellView view;
    private final HBox stepIndicator;
    private final PageStack content;
    private final Button backButton;
    private final Button nextButton;
    private final ToggleButton themeToggle;

    /** Builds the frame and shows the first step in it. */
    public WizardShell(WizardModel model, List<Page> pages, WizardExit exit, Texts texts) {
        this.model = model;
        this.pages = List.copyOf(pages);
        this.exit = exit;
        this.texts = texts;
        this.view = new WizardShellView(texts);
        this.stepIndicator = view.stepIndicator;
        this.content = view.content;
        this.backButton = view.backButton;
        this.nextButton = view.nextButton;
        this.themeToggle = view.themeToggle;
        view.cancelButton.setOnAction(e -> onCancel());
        backButton.setOnAction(e -> onBack());
        nextButton.setOnAction(e -> onNext());
        for (int i = 0; i < this.pages.size(); i++) {
            Label label = new Label(titleText(i));
            label.getStyleClass().add("step-label");
            label.setId("stepLabel" + i);
            label.setMinWidth(Label.USE_PREF_SIZE);
            stepIndicator.getChildren().add(label);
        }
        show(0);
    }

    /** The frame's root node, for the window's scene. */
    public Parent root() {
        return view.root;
    }

    /** Called by the app with the property that switches the dark theme (null hides the toggle). */
    public void bindTheme(BooleanProperty dark) {
        ThemeToggle.bind(themeToggle, dark);
    }

    private String titleText(int index) {
        return (index + 1) + "  " + texts.get(pages.get(index).titleKey());
    }

    /** Builds every step that is not built yet. */
    List<Node> pageRoots() {
        return pages.stream().map(Page::root).toList();
    }

    /**
     * Does the next piece of preparing the steps not shown yet, and says whether there was anything to do:
     * builds the first step not built yet, adds what a built one left out of the first frame, or places a
     * built one in the window hidden and styles and lays it out a part at a time ({@link HiddenPage}). The
     * app calls it in small chunks after the first frame, so that Next rarely waits for a step's FXML or CSS.
     */
    public boolean buildNextPage() {
        for (Page page : pages) {
            if (!page.isBuilt()) {
                page.built();
                return true;
            }
            if (page.addRest()) {
                return true;
            }
            if (!placed.containsKey(page)) {
                place(page);
                return true;
            }
            if (placed.get(page).nextPiece()) {
                return true;
            }
        }
        return false;
    }

    private HiddenPage place(Page page) {
        return placed.computeIfAbsent(page, shown -> new HiddenPage(
                ScrollablePage.of(shown.root(), texts.get(shown.titleKey())), shown.root(), content));
    }

    /**
     * Loads the nodes of the steps not built yet that may be loaded off the FX thread, in order; called on a
     * background thread after the first frame, so that the FX thread later only connects and styles them.
     */
    public void loadAhead() {
        pages.forEach(Page::loadAhead);
    }

    /** How many steps are built and, unless shown already, prepared hidden in the window. */
    int preparedPages() {
        return (int) pages.stream().filter(page -> placed.containsKey(page) && placed.get(page).isComplete()).count();
    }

    /** How many steps are built so far. */
    int builtPages() {
        return (int) pages.stream().filter(Page::isBuilt).count();
    }

    public int currentIndex() {
        return current.get();
    }

    public WizardStep currentStep() {
        return pages.get(current.get()).step();
    }

    private void show(int index) {
        int previous = current.get();
        current.set(index);
        Page page = pages.get(index);
        HiddenPage shown = place(page);
        shown.complete();
        placed.values().forEach(other -> other.scroll().setVisible(other == shown));
        // Creates the skins a page not prepared yet lacks now, so that it is part of the scene once shown.
        content.applyCss();
        backButton.setDisable(index == 0);
        nextButton.disableProperty().unbind();
        nextButton.disableProperty().bind(Bindings.not(page.step().ready()));
        nextButton.textProperty().unbind();
        nextButton.textProperty().bind(page.step().nextLabel());
        for (int i = 0; i < stepIndicator.getChildren().size(); i++) {
            Node label = stepIndicator.getChildren().get(i);
            label.getStyleClass().removeAll("step-current", "step-done");
            if (i == index) {
                label.getStyleClass().add("step-current");
            } else if (i < index) {
                label.getStyleClass().add("step-done");
            }
            label.setAccessibleText(texts.get(pages.get(i).titleKey())
                    + (i == index ? " (" + texts.get("wizard.step.current") + ")" : ""));
        }
        if (previous != index) {
            page.step().entered();
            keepFocusIn(shown.scroll());
        }
    }

    /**
     * Hiding the old page leaves the focus on one of its controls, or the window gives it to its first
     * control, the theme toggle, where Enter would flip the theme. Unless the new step placed the focus
     * on its page itself, Next (or the page's first control while Next is off) takes it.
     */
    private void keepFocusIn(Node page) {
        Scene scene = page.getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            return; // the first step, before the window shows: it places the focus itself (see ServerStep)
        }
        Node owner = scene.getFocusOwner();
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == page) {
                return;
            }
        }
        if (!nextButton.isDisabled()) {
            nextButton.requestFocus();
        } else {
            firstFocusable(page).ifPresent(Node::requestFocus);
        }
    }

    private static Optional<Node> firstFocusable(Node node) {
        if (!node.isVisible() || node.isDisabled()) {
            return Optional.empty();
        }
        if (node.isFocusTraversable()) {
            return Optional.of(node);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Optional<Node> found = firstFocusable(child);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private void onNext() {
        int at = current.get();
        pages.get(at).step().next(() -> {
            if (current.get() != at) {
                return;
            }
            if (at == pages.size() - 1) {
                exit.finished(model);
            } else {
                show(at + 1);
            }
        });
    }

    private void onBack() {
        int at = current.get();
        if (at > 0) {
            leave(() -> {
                if (current.get() == at) {
                    show(at - 1);
                }
            });
        }
    }

    private void onCancel() {
        if (currentStep().cancelRunning()) {
            return;
        }
        leave(exit::cancelled);
    }

    /**
     * The window's close button: returns false when the step asks first (the window must stay), and
     * then runs {@code close} once the user agreed.
     */
    public boolean mayClose(Runnable close) {
        WizardStep step = currentStep();
        return step.mayLeave(() -> {
            step.abandoned();
            close.run();
        });
    }

    private void leave(Runnable then) {
        WizardStep step = currentStep();
        Runnable leaving = () -> {
            step.abandoned();
            then.run();
        };
        if (step.mayLeave(leaving)) {
            leaving.run();
        }
    }
}
