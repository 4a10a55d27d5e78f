package org.mastokey.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Toggle;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;

/**
 * What a person would see as broken in a window, read from the live scene graph (call on the FX thread):
 * a {@code Labeled} showing other text than it has (an ellipsis), a control that does not fit in its
 * parent (cut off; a page may scroll vertically, never sideways) or below its own minimum size, one that
 * runs up to a vertical scroll bar, a read-only text field that can show only part of its text, and a focusable control that looks the same with and without the focus.
 */
public final class LayoutAudit {
    /** Rounding of layout to pixels may put an edge half a pixel out. */
    private static final double TOLERANCE = 1.0;
    /** The least room between a page's content and its vertical scroll bar. */
    private static final double SCROLL_BAR_GAP = 6.0;

    /**
     * The style class of a read-only field whose value may be longer than any window (an address, a token):
     * it is copied rather than read, and may scroll sideways.
     */
    private static final String LONG_VALUE = "long-value";

    private LayoutAudit() {
    }

    /** Ellipses and clipped controls, each described with where it is. */
    public static List<String> cutOff(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        List<String> problems = new ArrayList<>();
        visibleNodes(scene.getRoot(), node -> {
            if (node instanceof Labeled labeled) {
                ellipsis(labeled).ifPresent(problems::add);
            }
            if (node instanceof TextField field && !field.isEditable() && !field.getStyleClass().contains(LONG_VALUE)) {
                partlyShown(field).ifPresent(problems::add);
            }
            if (node instanceof Control control && !insideAnotherControl(control)) {
                clipped(control).ifPresent(problems::add);
                touchesScrollBar(control).ifPresent(problems::add);
            }
        });
        return problems;
    }

    /** Reads the scene on the FX thread (the test robot's {@code on}). */
    public interface OnFx {
        <T> T on(Callable<T> read);
    }

    /**
     * Focusable controls whose look does not change when the keyboard brings the focus to them, and those
     * Tab never reaches. Called off the FX thread: {@code pressTab} types Tab as a person would.
     */
    public static List<String> withoutFocusIndicator(Scene scene, Runnable pressTab, OnFx fx) {
        List<Control> focusable = fx.on(() -> {
            List<Control> found = new ArrayList<>();
            visibleNodes(scene.getRoot(), node -> {
                if (node instanceof Control control && control.isFocusTraversable() && !control.isDisabled()
                        && !insideAnotherControl(control) && control.getWidth() > 0) {
                    found.add(control);
                }
            });
            return found;
        });
        Map<Control, WritableImage> plain = new HashMap<>();
        Map<Control, WritableImage> focused = new HashMap<>();
        fx.on(() -> {
            focusable.stream().filter(c -> !c.isFocused()).forEach(c -> plain.put(c, c.snapshot(null, null)));
            return null;
        });
        for (int i = 0; i < focusable.size() + 2 && focused.size() < focusable.size(); i++) {
            pressTab.run();
            fx.on(() -> {
                if (scene.getFocusOwner() instanceof Control owner && focusable.contains(owner) && !focused.containsKey(owner)) {
                    focused.put(owner, owner.snapshot(null, null));
                }
                focusable.stream().filter(c -> !c.isFocused() && !plain.containsKey(c)).forEach(c -> plain.put(c, c.snapshot(null, null)));
                return null;
            });
        }
        List<String> problems = new ArrayList<>();
        for (Control control : focusable) {
            if (!focused.containsKey(control) && !groupReached(control, focused.keySet())) {
                problems.add(describe(control) + " is never reached by Tab");
            } else if (focused.containsKey(control) && plain.containsKey(control) && samePixels(plain.get(control), focused.get(control))) {
                problems.add(describe(control) + " looks the same with the focus");
            }
        }
        return problems;
    }

    /** Tab stops once in a group of toggles (the arrow keys move within it), as in every toolkit. */
    private static boolean groupReached(Control control, Set<Control> reached) {
        if (control instanceof Toggle toggle && toggle.getToggleGroup() != null) {
            return reached.stream().anyMatch(r -> r instanceof Toggle t && t.getToggleGroup() == toggle.getToggleGroup());
        }
        return false;
    }

    private static Optional<String> ellipsis(Labeled labeled) {
        String full = labeled.getText();
        if (full == null || full.isEmpty()) {
            return Optional.empty();
        }
        String expected = labeled.isMnemonicParsing() ? full.replaceFirst("_(?=.)", "") : full;
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                String shown = text.getText();
                if (!shown.equals(expected)) {
                    return Optional.of(describe(labeled) + " shows \"" + shown + "\" of \"" + expected + "\"");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A read-only field is there to be read whole: it must show all its text now, and its layout must not
     * let it get narrower than the text (fonts differ between machines, so fitting by luck at this size is
     * not enough). The text itself stays out of the report: a read-only field may hold a token.
     */
    private static Optional<String> partlyShown(TextField field) {
        String full = field.getText();
        if (full == null || full.isEmpty()) {
            return Optional.empty();
        }
        Text measure = new Text(full);
        measure.setFont(field.getFont());
        double needed = Math.ceil(measure.getLayoutBounds().getWidth()) + field.snappedLeftInset() + field.snappedRightInset();
        if (field.getWidth() + TOLERANCE < needed) {
            return Optional.of(describe(field) + " shows only part of its text (" + Math.round(field.getWidth()) + " < "
                    + Math.round(needed) + " px)");
        }
        if (field.minWidth(-1) + TOLERANCE < needed) {
            return Optional.of(describe(field) + " may get narrower than its text (minimum " + Math.round(field.minWidth(-1))
                    + " < " + Math.round(needed) + " px)");
        }
        return Optional.empty();
    }

    private static Optional<String> clipped(Control control) {
        if (control.getWidth() + TOLERANCE < control.minWidth(-1) || control.getHeight() + TOLERANCE < control.minHeight(control.getWidth())) {
            return Optional.of(describe(control) + " is smaller than its minimum size (" + size(control.getWidth(), control.getHeight())
                    + " < " + size(control.minWidth(-1), control.minHeight(control.getWidth())) + ")");
        }
        Bounds own = control.localToScene(control.getLayoutBounds());
        boolean scrollsVertically = false;
        for (Parent parent = control.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane) {
                scrollsVertically = true;
                continue;
            }
            Bounds room = parent.localToScene(parent.getLayoutBounds());
            if (parent.getParent() instanceof ScrollPane || isViewport(parent) || isViewport(parent.getParent())) {
                // The page's viewport: a page may scroll up and down, never sideways.
                if (own.getMinX() < room.getMinX() - TOLERANCE || own.getMaxX() > room.getMaxX() + TOLERANCE) {
                    return Optional.of(describe(control) + " sticks out sideways of its scrolling page");
                }
                continue;
            }
            boolean outX = own.getMinX() < room.getMinX() - TOLERANCE || own.getMaxX() > room.getMaxX() + TOLERANCE;
            boolean outY = !scrollsVertically && (own.getMinY() < room.getMinY() - TOLERANCE || own.getMaxY() > room.getMaxY() + TOLERANCE);
            if (outX || outY) {
                return Optional.of(describe(control) + " at " + rect(own) + " is cut off by " + describe(parent) + " at " + rect(room));
            }
        }
        Bounds window = new BoundingBox(0, 0, control.getScene().getWidth(), control.getScene().getHeight());
        boolean outX = own.getMinX() < -TOLERANCE || own.getMaxX() > window.getMaxX() + TOLERANCE;
        boolean outY = !scrollsVertically && (own.getMinY() < -TOLERANCE || own.getMaxY() > window.getMaxY() + TOLERANCE);
        if (outX || outY) {
            return Optional.of(describe(control) + " at " + rect(own) + " is outside the window");
        }
        return Optional.empty();
    }

    /** A vertical scroll bar needs some air: text or a field running up to it reads as cut off. */
    private static Optional<String> touchesScrollBar(Control control) {
        if (control instanceof ScrollBar) {
            return Optional.empty();
        }
        Bounds own = control.localToScene(control.getLayoutBounds());
        for (Parent parent = control.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof ScrollPane scroll) {
                // the pane's own bars are its skin's children; lookupAll would search the whole page for each control
                for (Node bar : scroll.getChildrenUnmodifiable()) {
                    if (bar instanceof ScrollBar vertical && vertical.getOrientation() == Orientation.VERTICAL && vertical.isVisible()) {
                        Bounds room = vertical.localToScene(vertical.getLayoutBounds());
                        if (own.getMaxX() > room.getMinX() - SCROLL_BAR_GAP) {
                            return Optional.of(describe(control) + " at " + rect(own) + " touches the scroll bar at " + rect(room));
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isViewport(Node node) {
        return node != null && node.getStyleClass().contains("viewport");
    }

    /** Parts of a control's own skin (a list's cells, a scroll bar) are the control's business. */
    private static boolean insideAnotherControl(Node node) {
        for (Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
            if (parent instanceof Control && !(parent instanceof ScrollPane)) {
                return true;
            }
        }
        return false;
    }

    private static void visibleNodes(Node node, Consumer<Node> visit) {
        if (!node.isVisible() || node.getOpacity() == 0) {
            return;
        }
        visit.accept(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                visibleNodes(child, visit);
            }
        }
    }

    private static boolean samePixels(WritableImage a, WritableImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    public static String describe(Node node) {
        String id = node.getId() != null ? "#" + node.getId() : "";
        String text = node instanceof Labeled l && l.getText() != null ? " \"" + l.getText() + "\"" : "";
        return node.getClass().getSimpleName() + id + text;
    }

    private static String rect(Bounds b) {
        return String.format(Locale.ROOT, "[%.0f,%.0f %.0f×%.0f]", b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }

    private static String size(double w, double h) {
        return String.format(Locale.ROOT, "%.0f×%.0f", w, h);
    }
}
