package org.mastokey.ui.wizard.scopes;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBoxTreeItem;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.mastokey.oauth.Scopes;
import org.mastokey.server.ServerInfo;
import org.mastokey.ui.Visibility;
import org.mastokey.ui.wizard.WizardModel;
import org.mastokey.ui.wizard.WizardServices;
import org.mastokey.ui.wizard.WizardStep;

/** Step 2: what the token may do. Presets on top, the granular tree (limited to this server) beneath. */
public final class ScopesStep implements WizardStep {
    private final WizardModel model;
    private final WizardServices services;
    private final Map<Preset, ToggleButton> presetButtons = new EnumMap<>(Preset.class);
    private final CheckBoxTreeItem<String> placeholder = new CheckBoxTreeItem<>("");
    private ScopeCatalog catalog;
    private ServerInfo shownFor;
    private boolean applyingPreset;

    @FXML
    private ToggleGroup presets;
    @FXML
    private ToggleButton readOnlyPreset;
    @FXML
    private ToggleButton postPreset;
    @FXML
    private ToggleButton fullPreset;
    @FXML
    private ToggleButton customPreset;
    @FXML
    private TreeView<String> scopeTree;
    @FXML
    private Label chosenScopes;
    @FXML
    private Label dangerWarning;

    public ScopesStep(WizardModel model, WizardServices services) {
        this.model = model;
        this.services = services;
    }

    @Override
    public void connect() {
        presetButtons.put(Preset.READ_ONLY, readOnlyPreset);
        presetButtons.put(Preset.POST_STATUSES, postPreset);
        presetButtons.put(Preset.FULL_ACCESS, fullPreset);
        presetButtons.put(Preset.CUSTOM, customPreset);
        presetButtons.forEach((preset, button) -> button.setUserData(preset));
        scopeTree.setCellFactory(tree -> new ScopeTreeCell(services.texts()));
        realignLeafRowsOnce();
        fixRowHeightOnceMeasured();
        // One row while the page is prepared hidden, so that the tree's first cell is made and measured then
        // (see fixRowHeightOnceMeasured). Never shown: the server's tree replaces it before the step can be.
        placeholder.getChildren().add(new CheckBoxTreeItem<>("read"));
        scopeTree.setRoot(placeholder);
        scopeTree.setShowRoot(false);
        scopeTree.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE
                    && scopeTree.getSelectionModel().getSelectedItem() instanceof CheckBoxTreeItem<String> item) {
                item.setSelected(!item.isSelected());
                e.consume();
            }
        });
        presets.selectedToggleProperty().addListener((obs, old, selected) -> {
            if (selected == null) {
                old.setSelected(true);
            } else if (!applyingPreset && selected.getUserData() != Preset.CUSTOM) {
                applyPreset((Preset) selected.getUserData());
            }
        });
        model.scopesProperty().addListener((obs, old, scopes) -> showChosen(scopes));
        // The tree for a server is built as soon as the server step finds it, in an FX event of its own
        // while this page is still hidden, so that Next does not wait for it (~80 ms with its first layout).
        // Building the items and attaching them are two events (each ~20-30 ms the first time).
        model.serverProperty().addListener((obs, old, server) -> {
            if (server != null) {
                Platform.runLater(() -> {
                    if (model.serverProperty().get() == server && server != shownFor) {
                        CheckBoxTreeItem<String> tree = takeServer(server);
                        Platform.runLater(() -> {
                            if (shownFor == server && scopeTree.getRoot() != tree) {
                                attach(tree);
                            }
                        });
                    }
                });
            }
        });
    }

    @Override
    public void entered() {
        ServerInfo server = model.serverProperty().get();
        if (server != null && server != shownFor) {
            attach(takeServer(server));
        }
    }

    /** Takes the server's scopes and its smallest preset, and returns the tree for it, not attached yet. */
    private CheckBoxTreeItem<String> takeServer(ServerInfo server) {
        shownFor = server;
        catalog = ScopeCatalog.forServer(server);
        Preset preset = catalog.minimalPreset();
        for (Preset p : Preset.values()) {
            presetButtons.get(p).setDisable(p != Preset.CUSTOM && catalog.scopesOf(p).isEmpty());
        }
        applyingPreset = true; // the tree is built here, not by the preset's listener
        try {
            presetButtons.get(preset).setSelected(true);
        } finally {
            applyingPreset = false;
        }
        return treeFor(catalog.scopesOf(preset));
    }

    private void applyPreset(Preset preset) {
        attach(treeFor(catalog.scopesOf(preset)));
    }

    /**
     * A new tree with the preset's scopes checked, built before it is attached: changing the check
     * boxes of an attached tree costs the TreeView an event per item and cascade (~0.4 s here).
     */
    private CheckBoxTreeItem<String> treeFor(Scopes scopes) {
        Set<String> expanded = expandedGroups();
        CheckBoxTreeItem<String> root = new CheckBoxTreeItem<>("");
        for (ScopeCatalog.Group group : catalog.groups()) {
            CheckBoxTreeItem<String> item = new CheckBoxTreeItem<>(group.scope());
            item.setExpanded(expanded.contains(group.scope()));
            for (String child : group.children()) {
                CheckBoxTreeItem<String> childItem = new CheckBoxTreeItem<>(child);
                item.getChildren().add(childItem);
                childItem.setSelected(scopes.contains(child) || scopes.contains(group.scope()));
            }
            item.setSelected(scopes.contains(group.scope()));
            root.getChildren().add(item);
        }
        return root;
    }

    private void attach(CheckBoxTreeItem<String> root) {
        root.getChildren().forEach(item -> {
            item.getChildren().forEach(child -> ((CheckBoxTreeItem<String>) child).selectedProperty()
                    .addListener((obs, old, now) -> treeChanged()));
            ((CheckBoxTreeItem<String>) item).selectedProperty().addListener((obs, old, now) -> treeChanged());
        });
        scopeTree.setRoot(root);
        model.scopesProperty().set(treeScopes());
    }

    /** The groups the user opened in the tree shown now: a new tree opens them again. */
    private Set<String> expandedGroups() {
        if (scopeTree.getRoot() == null) {
            return Set.of();
        }
        return scopeTree.getRoot().getChildren().stream().filter(TreeItem::isExpanded).map(TreeItem::getValue)
                .collect(Collectors.toSet());
    }

    private void treeChanged() {
        if (applyingPreset) {
            return;
        }
        Scopes scopes = treeScopes();
        model.scopesProperty().set(scopes);
        applyingPreset = true;
        try {
            Preset matching = Preset.CUSTOM;
            for (Preset p : Preset.values()) {
                if (p != Preset.CUSTOM && catalog.scopesOf(p).equals(scopes)) {
                    matching = p;
                }
            }
            presetButtons.get(matching).setSelected(true);
        } finally {
            applyingPreset = false;
        }
    }

    /** A checked group stands for itself ({@code read}); otherwise its checked children count. */
    private Scopes treeScopes() {
        TreeSet<String> chosen = new TreeSet<>();
        for (TreeItem<String> group : scopeTree.getRoot().getChildren()) {
            CheckBoxTreeItem<String> item = (CheckBoxTreeItem<String>) group;
            if (item.isSelected()) {
                chosen.add(item.getValue());
            } else {
                for (TreeItem<String> child : group.getChildren()) {
                    if (((CheckBoxTreeItem<String>) child).isSelected()) {
                        chosen.add(child.getValue());
                    }
                }
            }
        }
        return Scopes.of(chosen);
    }

    /**
     * JavaFX indents a leaf row by the widest disclosure arrow it has seen; the first row ("profile", a
     * leaf) is laid out before any arrow is, and sat 3 px left of the rest until something re-laid the
     * cells. One refresh after the first layout of a server's tree lines them up, while the page is still
     * hidden if the server was found before Next (the tree remembers the arrow's width for later trees).
     */
    private void realignLeafRowsOnce() {
        afterLayoutsUntil(() -> {
            if (scopeTree.getRoot() == placeholder || scopeTree.lookupAll(".tree-cell").isEmpty()) {
                return false;
            }
            Platform.runLater(scopeTree::refresh);
            return true;
        });
    }

    /**
     * Every row is alike (check box, meaning, code, one line each), so the tree is told their height once it
     * has laid out one: otherwise each new tree (a server found, a preset clicked) makes it size a cell for
     * every row first, 45-70 ms of FX thread for the seven groups here.
     */
    private void fixRowHeightOnceMeasured() {
        afterLayoutsUntil(() -> {
            for (Node node : scopeTree.lookupAll(".tree-cell")) {
                if (node instanceof ScopeTreeCell cell && cell.rowHeight() > 0) {
                    scopeTree.setFixedCellSize(cell.rowHeight());
                    return true;
                }
            }
            return false;
        });
    }

    /** Runs {@code step} after each layout pulse while the tree is in a scene, until it says it is done. */
    private void afterLayoutsUntil(BooleanSupplier step) {
        boolean[] done = {false};
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (!done[0] && scopeTree.getScene() != null && step.getAsBoolean()) {
                done[0] = true;
                scopeTree.getScene().removePostLayoutPulseListener(check[0]);
            }
        };
        scopeTree.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removePostLayoutPulseListener(check[0]);
            }
            if (scene != null && !done[0]) {
                scene.addPostLayoutPulseListener(check[0]);
            }
        });
    }

    private void showChosen(Scopes scopes) {
        chosenScopes.setText(scopes.isEmpty() ? services.texts().get("scopes.none") : scopes.asParameter());
        boolean dangerous = scopes.values().stream().anyMatch(ScopeCatalog::dangerous);
        Visibility.show(dangerWarning, dangerous);
    }

    @Override
    public ObservableBooleanValue ready() {
        return Bindings.createBooleanBinding(() -> !model.scopesProperty().get().isEmpty(), model.scopesProperty());
    }

    @Override
    public ObservableStringValue nextLabel() {
        return new SimpleStringProperty(services.texts().get("wizard.next"));
    }
}
