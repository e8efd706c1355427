package jingdu.ui.tags;

import java.util.function.Predicate;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import jingdu.app.annotate.AnnotationException;
import jingdu.app.annotate.Annotator;
import jingdu.app.annotate.TagNames;
import jingdu.i18n.I18n;
import jingdu.model.Tag;
import jingdu.model.TagTree;
import jingdu.i18n.UserFailure;
import jingdu.ui.reader.Highlighter;
import jingdu.ui.DialogWindows;

/**
 * The tag manager: the user's tag tree, with add, rename, recolour, move, nest and delete. Every change is
 * one undoable command saved at once; {@code onChange} lets the window redraw toolbar and gutter.
 */
public final class TagManager {

    public static final String TREE_ID = "tag-tree";
    public static final String NAME_ID = "tag-name";
    public static final String COLOUR_ID = "tag-colour";
    public static final String MESSAGE_ID = "tag-message";
    public static final String CLOSE_ID = "tag-close";

    private final Annotator annotator;
    private final I18n i18n;
    private final Runnable onChange;
    private final Predicate<String> confirm;
    private final TreeView<Tag> tree = new TreeView<>();
    private final TextField name = new TextField();
    private final ComboBox<String> colour;
    private final Label message = new Label();
    private final Stage stage = new Stage();
    private boolean loading;

    public TagManager(Annotator annotator, I18n i18n, Window owner, Runnable onChange, Predicate<String> confirm) {
        this.annotator = annotator;
        this.i18n = i18n;
        this.onChange = onChange;
        this.confirm = confirm;
        this.colour = PaletteCombo.create(i18n, false, null);
        tree.setId(TREE_ID);
        tree.setShowRoot(false);
        tree.setCellFactory(v -> new TagCell());
        tree.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showSelected());
        name.setId(NAME_ID);
        name.setPromptText(i18n.get("tags.name"));
        name.setOnAction(e -> act(this::renameSelected));
        colour.setId(COLOUR_ID);
        colour.valueProperty().addListener((o, a, b) -> {
            if (!loading && b != null) {
                act(() -> selected().ifPresent(t -> {
                    if (!b.equals(t.colour())) {
                        run(() -> annotator.recolour(t.id(), b));
                    }
                }));
            }
        });
        message.setId(MESSAGE_ID);
        message.getStyleClass().add("tag-manager-message");
        message.setWrapText(true);

        VBox actions = new VBox(6,
                new Label(i18n.get("tags.name")), name,
                button("tag-add", "tags.add", () -> add(false)),
                button("tag-add-child", "tags.addChild", () -> add(true)),
                button("tag-rename", "tags.rename", this::renameSelected),
                new Label(i18n.get("tags.colour")), colour,
                button("tag-up", "tags.up", () -> selected().ifPresent(t -> run(() -> annotator.move(t.id(), -1)))),
                button("tag-down", "tags.down", () -> selected().ifPresent(t -> run(() -> annotator.move(t.id(), 1)))),
                button("tag-indent", "tags.indent", () -> selected().ifPresent(t -> run(() -> annotator.indent(t.id())))),
                button("tag-outdent", "tags.outdent", () -> selected().ifPresent(t -> run(() -> annotator.outdent(t.id())))),
                button("tag-delete", "tags.delete", this::deleteSelected));
        actions.getStyleClass().add("tag-manager-actions");
        actions.setMinWidth(Region.USE_PREF_SIZE); // its buttons' text whole
        actions.setMinHeight(Region.USE_PREF_SIZE);
        Label hint = new Label(i18n.get("tags.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("note-quote");
        Button close = button(CLOSE_ID, "tags.close", stage::close);
        close.setCancelButton(true); // Esc closes the manager, unless a field or open list takes the key first
        close.setMinWidth(Region.USE_PREF_SIZE); // never squeezed to "…" by a long message beside it
        hint.setMinHeight(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bottom = new HBox(8, message, spacer, close);
        VBox center = new VBox(6, tree, hint);
        VBox.setVgrow(tree, Priority.ALWAYS);
        BorderPane root = new BorderPane(center, null, actions, bottom, null);
        root.getStyleClass().add("tag-manager");
        BorderPane.setMargin(actions, new javafx.geometry.Insets(0, 0, 0, 10));
        BorderPane.setMargin(bottom, new javafx.geometry.Insets(10, 0, 0, 0));
        // as tall as its buttons need (the list takes the rest), wide enough for the hint to wrap in a few lines
        root.setPrefWidth(620);
        root.setMinHeight(Region.USE_PREF_SIZE);
        Scene scene = new Scene(root);
        DialogWindows.dress(stage, scene, root, owner, true);
        stage.setScene(scene);
        stage.setTitle(i18n.get("tags.title"));
        DialogWindows.keepMinimum(stage, scene, root);
        reload(null);
    }

    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(i18n.get(key));
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setOnAction(e -> action.run());
        return b;
    }

    private java.util.Optional<Tag> selected() {
        TreeItem<Tag> item = tree.getSelectionModel().getSelectedItem();
        return java.util.Optional.ofNullable(item == null ? null : item.getValue());
    }

    private void showSelected() {
        loading = true;
        try {
            selected().ifPresent(t -> {
                name.setText(TagNames.display(i18n, t));
                colour.setValue(t.colour());
            });
        } finally {
            loading = false;
        }
    }

    private void add(boolean child) {
        String parent = child ? selected().map(Tag::id).orElse(null) : null;
        String text = name.getText();
        act(() -> {
            try {
                Tag t = annotator.addTag(text, parent);
                done(t.id(), i18n.get("tags.added", t.name()));
            } catch (AnnotationException e) {
                message.setText(e.localized(i18n));
            }
        });
    }

    private void renameSelected() {
        selected().ifPresent(t -> run(() -> annotator.rename(t.id(), name.getText())));
    }

    private void deleteSelected() {
        selected().ifPresent(t -> {
            if (t.builtIn()) {
                message.setText(i18n.get("tags.error.builtIn", TagNames.display(i18n, t)));
                return;
            }
            int uses = annotator.uses(t.id());
            if (confirm.test(i18n.get("tags.confirmDelete", TagNames.display(i18n, t), uses))) {
                act(() -> {
                    try {
                        annotator.deleteTag(t.id());
                        done(null, i18n.get("tags.deleted", TagNames.display(i18n, t)));
                    } catch (AnnotationException e) {
                        message.setText(e.localized(i18n));
                    }
                });
            }
        });
    }

    @FunctionalInterface
    private interface Edit {
        void apply() throws AnnotationException;
    }

    /** Runs an edit of the selected tag and keeps it selected. */
    private void run(Edit edit) {
        String id = selected().map(Tag::id).orElse(null);
        act(() -> {
            try {
                edit.apply();
                done(id, "");
            } catch (AnnotationException e) {
                message.setText(e.localized(i18n));
            }
        });
    }

    private void act(Runnable r) {
        try {
            r.run();
        } catch (UserFailure e) {
            message.setText(e.localized(i18n));
        }
    }

    private void done(String selectId, String text) {
        message.setText(text);
        reload(selectId);
        onChange.run();
    }

    /** Rebuilds the tree from the library (also after undo/redo elsewhere), selecting {@code selectId} or keeping the selection. */
    public void reload(String selectId) {
        String keep = selectId != null ? selectId : selected().map(Tag::id).orElse(null);
        TagTree tags = annotator.tags();
        TreeItem<Tag> root = new TreeItem<>();
        root.setExpanded(true);
        addChildren(root, tags, null);
        loading = true;
        try {
            tree.setRoot(root);
            if (keep != null) {
                select(root, keep);
            }
        } finally {
            loading = false;
        }
        showSelected();
    }

    private static void addChildren(TreeItem<Tag> parent, TagTree tags, String parentId) {
        for (Tag t : tags.children(parentId)) {
            TreeItem<Tag> item = new TreeItem<>(t);
            item.setExpanded(true);
            parent.getChildren().add(item);
            addChildren(item, tags, t.id());
        }
    }

    private boolean select(TreeItem<Tag> item, String id) {
        for (TreeItem<Tag> child : item.getChildren()) {
            if (child.getValue().id().equals(id)) {
                tree.getSelectionModel().select(child);
                return true;
            }
            if (select(child, id)) {
                return true;
            }
        }
        return false;
    }

    private final class TagCell extends TreeCell<Tag> {
        @Override
        protected void updateItem(Tag tag, boolean empty) {
            super.updateItem(tag, empty);
            if (empty || tag == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Region swatch = new Region();
            swatch.getStyleClass().addAll("tag-swatch", Highlighter.tagColourClass(tag.colour()));
            setGraphic(swatch);
            setText(TagNames.display(i18n, tag) + (tag.builtIn() ? "  " + i18n.get("tags.builtInMark") : ""));
        }
    }
}
