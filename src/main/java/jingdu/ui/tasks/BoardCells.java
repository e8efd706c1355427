package jingdu.ui.tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.geometry.Side;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.util.StringConverter;
import jingdu.app.tasks.BoardRow;
import jingdu.i18n.I18n;
import jingdu.model.TaskProgress;
import jingdu.model.TaskStatus;
import jingdu.model.Unit;
import jingdu.ui.tasks.TaskBoardModel.Header;
import jingdu.ui.tasks.TaskBoardModel.Item;
import jingdu.ui.tasks.TaskBoardModel.Row;
import jingdu.ui.tasks.TaskBoardView.Choice;

/**
 * The board's cells: text with its whole in a tooltip (a long task is cut with an ellipsis), the source as a link to
 * the reader, and the cells edited in place — status and lead unit (a choice), partner units (several ticks, one
 * step when the list closes) and the due date (a date picker; a day no calendar has changes nothing).
 */
final class BoardCells {

    private final TaskBoardView view;
    private final I18n i18n;

    BoardCells(TaskBoardView view, I18n i18n) {
        this.view = view;
        this.i18n = i18n;
    }

    /** A read-only cell: the row's text, whole in the tooltip; empty on a group header. */
    static class TextCell extends TableCell<Item, Item> {
        private final Function<Item, String> text;
        private final Tooltip tip = new Tooltip();

        TextCell(Function<Item, String> text) {
            this.text = text;
            tip.setWrapText(true);
            tip.setMaxWidth(520);
        }

        @Override
        protected void updateItem(Item item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || !(item instanceof Row)) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            String t = text.apply(item);
            setText(t);
            setTooltip(t == null || t.isEmpty() ? null : tooltip(tipText(item, t)));
        }

        String tipText(Item item, String shown) {
            return shown;
        }

        Tooltip tooltip(String s) {
            tip.setText(s);
            return tip;
        }
    }

    /** 工作任务: the first clause; the whole quote on hover; a group header's name and size. */
    TableCell<Item, Item> task() {
        return new TextCell(i -> ((Row) i).row().firstClause()) {
            @Override
            protected void updateItem(Item item, boolean empty) {
                if (item instanceof Header h && !empty) {
                    super.updateItem(null, true);
                    String label = i18n.get("tasks.group.header", h.label(), h.size());
                    setText(label);
                    setTooltip(tooltip(label));
                    return;
                }
                super.updateItem(item, empty);
                if (item instanceof Row r && !r.row().task().inText()) {
                    setTooltip(tooltip(r.row().task().quote() + "\n" + i18n.get("tasks.gone")));
                }
            }

            @Override
            String tipText(Item item, String shown) {
                return ((Row) item).row().task().quote();
            }
        };
    }

    /** 出处: title, date, paragraph; a click opens the reader at the task's text. */
    TableCell<Item, Item> source() {
        TextCell c = new TextCell(i -> {
            BoardRow r = ((Row) i).row();
            String date = r.entry().speechDate();
            return i18n.get("tasks.source", r.entry().speechTitle(), date == null ? "" : date, r.task().paragraph() + 1);
        });
        c.getStyleClass().add(TaskBoardView.SOURCE);
        c.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && c.getItem() instanceof Row r && !c.isEmpty()) {
                view.openSource(r.row());
            }
        });
        return c;
    }

    /** 最新进展: the newest entry's first line; a double click opens the progress dialog. */
    TableCell<Item, Item> progress() {
        TextCell c = new TextCell(i -> {
            TaskProgress p = ((Row) i).row().entry().latest();
            return p == null ? "" : p.body().lines().findFirst().orElse("");
        }) {
            @Override
            String tipText(Item item, String shown) {
                BoardRow r = ((Row) item).row();
                TaskProgress p = r.entry().latest();
                return i18n.get("tasks.progress.tip", ProgressDialog.when(p, i18n), p.author(), p.body(),
                        r.entry().progressCount());
            }
        };
        c.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2 && c.getItem() instanceof Row r && !c.isEmpty()) {
                view.progressDialog(r.row()).show();
            }
        });
        return c;
    }

    /** A cell edited with a combo box of choices; one undoable step when one is picked. */
    private abstract class ChoiceCell<T> extends TextCell {
        private ComboBox<Choice<T>> box;

        ChoiceCell(Function<Item, String> text) {
            super(text);
        }

        abstract List<Choice<T>> choices(BoardRow r);

        abstract T current(BoardRow r);

        abstract void commit(BoardRow r, T value);

        @Override
        public void startEdit() {
            if (!(getItem() instanceof Row r) || isEmpty()) {
                return;
            }
            super.startEdit();
            if (!isEditing()) {
                return;
            }
            List<Choice<T>> choices = choices(r.row());
            box = new ComboBox<>();
            box.getItems().setAll(choices);
            T now = current(r.row());
            box.getSelectionModel().select(choices.stream().filter(c -> java.util.Objects.equals(c.value(), now))
                    .findFirst().orElse(null));
            box.setMaxWidth(Double.MAX_VALUE);
            box.setOnAction(e -> {
                Choice<T> picked = box.getValue();
                cancelEdit();
                if (picked != null && !java.util.Objects.equals(picked.value(), current(r.row()))) {
                    commit(r.row(), picked.value());
                }
            });
            box.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                }
            });
            setText(null);
            setGraphic(box);
            box.requestFocus();
            box.show();
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            setGraphic(null);
            updateItem(getItem(), isEmpty());
        }

        ComboBox<Choice<T>> box() {
            return box;
        }
    }

    /** 状态: the status, chosen in place. */
    TableCell<Item, Item> status() {
        return new ChoiceCell<TaskStatus>(i -> view.statusLabel(((Row) i).row().task().state().status())) {
            @Override
            List<Choice<TaskStatus>> choices(BoardRow r) {
                List<Choice<TaskStatus>> out = new ArrayList<>();
                for (TaskStatus s : TaskStatus.values()) {
                    out.add(new Choice<>(s, view.statusLabel(s)));
                }
                return out;
            }

            @Override
            TaskStatus current(BoardRow r) {
                return r.task().state().status();
            }

            @Override
            void commit(BoardRow r, TaskStatus value) {
                view.setStatus(List.of(r), value);
            }
        };
    }

    /** 牵头单位: the lead; without one, the suggested unit greyed (a double click or the menu confirms it). */
    TableCell<Item, Item> lead() {
        return new ChoiceCell<Unit>(i -> {
            BoardRow r = ((Row) i).row();
            return r.lead() != null ? r.lead().name()
                    : r.suggestedLead() != null ? i18n.get("tasks.lead.suggested", r.suggestedLead().name()) : "";
        }) {
            @Override
            protected void updateItem(Item item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove(TaskBoardView.SUGGESTED);
                if (!empty && item instanceof Row r && r.row().lead() == null && r.row().suggestedLead() != null
                        && !isEditing()) {
                    getStyleClass().add(TaskBoardView.SUGGESTED);
                    setTooltip(tooltip(i18n.get("tasks.lead.suggestedTip", r.row().suggestedLead().name(),
                            r.row().task().actor() == null ? "" : r.row().task().actor())));
                }
            }

            @Override
            List<Choice<Unit>> choices(BoardRow r) {
                List<Choice<Unit>> out = new ArrayList<>();
                out.add(new Choice<>(null, i18n.get("tasks.lead.none")));
                view.unitList().forEach(u -> out.add(new Choice<>(u, u.name())));
                return out;
            }

            @Override
            Unit current(BoardRow r) {
                return r.lead();
            }

            @Override
            public void startEdit() {
                super.startEdit();
                // the suggestion is what the user most likely confirms: chosen already
                if (isEditing() && getItem() instanceof Row r && r.row().lead() == null && r.row().suggestedLead() != null) {
                    Unit s = r.row().suggestedLead();
                    box().getItems().stream().filter(c -> c.value() != null && c.value().id() == s.id()).findFirst()
                            .ifPresent(c -> box().getSelectionModel().select(c));
                }
            }

            @Override
            void commit(BoardRow r, Unit value) {
                view.setLead(List.of(r), value);
            }
        };
    }

    /** 配合单位: ticks in a list under the cell; the ticked set is one step when the list closes. */
    TableCell<Item, Item> partners() {
        return new TextCell(i -> view.partnersText(((Row) i).row())) {
            @Override
            public void startEdit() {
                if (!(getItem() instanceof Row r) || isEmpty() || view.unitList().isEmpty()) {
                    return;
                }
                super.startEdit();
                if (!isEditing()) {
                    return;
                }
                BoardRow row = r.row();
                ContextMenu menu = new ContextMenu();
                List<CheckBox> ticks = new ArrayList<>();
                for (Unit u : view.unitList()) {
                    CheckBox tick = new CheckBox(u.name());
                    tick.setUserData(u.id());
                    tick.setSelected(row.task().state().partnerIds().contains(u.id()));
                    ticks.add(tick);
                    CustomMenuItem item = new CustomMenuItem(tick, false);
                    menu.getItems().add(item);
                }
                menu.setOnHidden(e -> {
                    List<Long> chosen = ticks.stream().filter(CheckBox::isSelected).map(t -> (Long) t.getUserData()).toList();
                    cancelEdit();
                    if (!chosen.equals(row.task().state().partnerIds())) {
                        view.edit(List.of(row.id()), st -> st.withPartners(chosen));
                    }
                });
                menu.show(this, Side.BOTTOM, 0, 0);
            }

            @Override
            public void cancelEdit() {
                super.cancelEdit();
                updateItem(getItem(), isEmpty());
            }
        };
    }

    /** 到期日: the date (read from the text, or set by hand); a date picker in place. Blank returns to the read date. */
    TableCell<Item, Item> due() {
        return new TextCell(i -> {
            BoardRow r = ((Row) i).row();
            return r.due() == null ? "" : TaskBoardModel.formatDate(r.due());
        }) {
            private DatePicker picker;

            @Override
            String tipText(Item item, String shown) {
                return i18n.get(((Row) item).row().dueByUser() ? "tasks.due.byUser" : "tasks.due.read", shown);
            }

            @Override
            public void startEdit() {
                if (!(getItem() instanceof Row r) || isEmpty()) {
                    return;
                }
                super.startEdit();
                if (!isEditing()) {
                    return;
                }
                BoardRow row = r.row();
                picker = new DatePicker(row.due());
                picker.setId("task-due-picker");
                picker.setEditable(true);
                picker.setConverter(new StringConverter<>() {
                    @Override
                    public String toString(java.time.LocalDate d) {
                        return TaskBoardModel.formatDate(d);
                    }

                    @Override
                    public java.time.LocalDate fromString(String s) {
                        TaskBoardModel.DateInput in = TaskBoardModel.parseDate(s);
                        if (in.bad()) {
                            view.badDate(s.strip());
                            return picker.getValue(); // nothing changes
                        }
                        return in.date();
                    }
                });
                picker.valueProperty().addListener((o, before, after) -> {
                    if (!java.util.Objects.equals(before, after)) {
                        cancelEdit();
                        view.setDue(row, TaskBoardModel.formatDate(after));
                    }
                });
                picker.getEditor().setOnKeyPressed(e -> {
                    if (e.getCode() == KeyCode.ESCAPE) {
                        cancelEdit();
                    }
                });
                picker.setMaxWidth(Double.MAX_VALUE);
                setText(null);
                setGraphic(picker);
                picker.getEditor().requestFocus();
                picker.getEditor().selectAll();
            }

            @Override
            public void cancelEdit() {
                super.cancelEdit();
                picker = null;
                setGraphic(null);
                updateItem(getItem(), isEmpty());
            }
        };
    }
}
