package jingdu.bench.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import jingdu.app.Library;
import jingdu.app.library.Catalog;
import jingdu.app.tasks.BoardRow;
import jingdu.app.tasks.TaskBoard;
import jingdu.app.tasks.TaskFilter;
import jingdu.i18n.I18n;
import jingdu.model.DuePeriod;
import jingdu.model.Level;
import jingdu.model.Strength;
import jingdu.model.Task;
import jingdu.model.TaskEntry;
import jingdu.model.TaskProgress;
import jingdu.model.TaskScope;
import jingdu.model.TaskState;
import jingdu.model.TaskStatus;
import jingdu.model.Unit;
import jingdu.ui.tasks.TaskBoardModel;
import jingdu.ui.tasks.TaskBoardView;

/**
 * The task board's speed on a generated board of 1,000 speeches × 40 tasks (40,000 rows, fixed seed): opening (rows
 * into the view: filter, sort, items, one layout), filtering (text and overdue) and sorting (by task text and by
 * due date), each timed on the FX thread with a layout pass, p50 and p95 over repeated runs — beside a bare
 * {@code TableView} of the same rows, doing the same with plain string columns, in the same run.
 * <p>
 * {@code java -cp … -Dglass.platform=Monocle -Dmonocle.platform=Headless jingdu.bench.ui.TaskBoardBench [runs]}
 */
public final class TaskBoardBench {

    private static final LocalDate TODAY = LocalDate.of(2025, 7, 1);
    private static final String[] CLAUSES = {"要在6月底前完成隐患排查", "要加强建筑施工安全监管", "必须落实企业主体责任",
        "要开展危险化学品专项整治", "要压实属地管理责任", "要加强道路交通安全管理", "要完善应急预案并组织演练",
        "要严格落实领导干部带班值班制度", "要对燃气管道开展全覆盖排查", "要加强汛期地质灾害防范"};
    private static final String[] BEARERS = {"各乡镇", "县住建局", "县应急局", "企业", "县交通运输局", "县市场监管局",
        "公安交警部门", "县消防救援大队"};
    private static final String[] SECTORS = {"construction", "hazchem", "road-traffic", "gas", "fire", "industry-trade"};

    private TaskBoardBench() {
    }

    /** 1,000 speeches of 40 tasks: text, sector, level, lead, due date (a third past), status and progress varied. */
    static List<BoardRow> rows(int speeches, int perSpeech, List<Unit> units) {
        Random r = new Random(19);
        List<BoardRow> out = new ArrayList<>(speeches * perSpeech);
        long id = 1;
        for (int s = 1; s <= speeches; s++) {
            String title = "在全县安全生产工作会议上的讲话（第" + s + "次）";
            String date = LocalDate.of(2020, 1, 1).plusDays(s * 2L).toString();
            for (int t = 0; t < perSpeech; t++, id++) {
                String quote = BEARERS[r.nextInt(BEARERS.length)] + CLAUSES[r.nextInt(CLAUSES.length)] + "，确保第"
                        + id + "项工作按期完成。";
                Unit lead = r.nextInt(3) == 0 ? null : units.get(r.nextInt(units.size()));
                TaskStatus status = TaskStatus.values()[r.nextInt(TaskStatus.values().length)];
                LocalDate due = r.nextInt(4) == 0 ? null : TODAY.plusDays(r.nextInt(240) - 120);
                TaskState state = new TaskState(lead == null ? null : lead.id(), List.of(), null, status);
                Task task = new Task(id, s, t * 40, t * 40 + quote.length(), quote, t, Strength.REQUIRED,
                        List.of(SECTORS[r.nextInt(SECTORS.length)]), List.of(Level.values()[r.nextInt(3)]), false,
                        BEARERS[r.nextInt(BEARERS.length)], due == null ? null : "年底前", true, state);
                TaskProgress latest = r.nextInt(3) == 0 ? new TaskProgress(id, id, Instant.parse("2025-06-01T08:00:00Z")
                        .plusSeconds(r.nextInt(1_000_000)), "王", "已召开专题会议部署") : null;
                BoardRow.DueMark mark = !status.open() || due == null ? BoardRow.DueMark.NONE
                        : due.isBefore(TODAY) ? BoardRow.DueMark.OVERDUE
                        : due.isAfter(TODAY.plusDays(7)) ? BoardRow.DueMark.NONE : BoardRow.DueMark.SOON;
                out.add(new BoardRow(new TaskEntry(task, title, date, "张三", latest, latest == null ? 0 : 1), due, false,
                        mark, lead, null, List.of()));
            }
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Fx.start();
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            units.add(new Unit(i + 1, BEARERS[i % BEARERS.length] + (i < BEARERS.length ? "" : "二"), List.of(), false));
        }
        List<BoardRow> rows = rows(1000, 40, units);
        Path dir = Files.createTempDirectory("jingdu-board-bench");
        I18n i18n = new I18n(Locale.SIMPLIFIED_CHINESE);
        try (Library library = Library.open(dir.resolve("bench.db"))) {
            TaskBoard board = new TaskBoard(library, jingdu.analysis.SectorLexicon.builtInCatalog(),
                    p -> (d, s) -> java.util.Optional.empty(), u -> b -> java.util.Optional.empty(), List.<DuePeriod>of());
            TaskBoardView view = Fx.call(() -> new TaskBoardView(board, new Catalog(library),
                    jingdu.analysis.SectorLexicon.builtInCatalog(), i18n, (scope, p, c) -> 0, new TaskBoardView.Host() {
                        @Override
                        public void openAt(long speechId, int start, int end) {
                        }

                        @Override
                        public long currentSpeech() {
                            return -1;
                        }

                        @Override
                        public void edited() {
                        }

                        @Override
                        public void status(String text) {
                        }
                    }, new jingdu.app.tasks.TaskExports(library.file(), jingdu.analysis.SectorLexicon.builtInCatalog(), i18n,
                            java.time.ZoneId.systemDefault())));
            TableView<BoardRow> bare = Fx.call(TaskBoardBench::bareTable);
            Stage[] stages = new Stage[2];
            Fx.call(() -> {
                stages[0] = stage(new BorderPane(view.table()));
                stages[1] = stage(new BorderPane(bare));
                return null;
            });
            TaskFilter text = TaskFilter.ALL.withText("燃气管道");
            TaskFilter overdue = new TaskFilter(Set.of(), -1, null, null, true, -1, null);
            System.out.printf("task board bench: %,d rows (1,000 speeches × 40 tasks), %d runs each, p50 / p95 in ms%n",
                    rows.size(), runs);
            System.out.printf("%-34s %17s %17s %8s%n", "", "board", "bare TableView", "p95 ratio");
            // one warm-up round of everything, then the measured ones
            for (int round = 0; round < 2; round++) {
                boolean print = round == 1;
                int n = print ? runs : 3;
                report(print, "open (rows into the view)", time(n, () -> {
                    view.model().setFilter(TaskFilter.ALL);
                    view.model().sortBy(TaskBoardModel.Column.NUMBER, true);
                    view.tableView().getItems().clear();
                    view.showRows(rows, TODAY);
                }, stages[0]), time(n, () -> {
                    bare.getItems().clear();
                    bare.getItems().setAll(rows);
                }, stages[1]));
                report(print, "filter: text \"燃气管道\"", time(n, () -> {
                    view.model().setFilter(text);
                    view.show(view.model().shown());
                }, stages[0]), time(n, () -> bare.getItems().setAll(rows.stream().filter(r -> text.test(r, TODAY)).toList()),
                        stages[1]));
                report(print, "filter: overdue only", time(n, () -> {
                    view.model().setFilter(overdue);
                    view.show(view.model().shown());
                }, stages[0]), time(n, () -> bare.getItems().setAll(rows.stream().filter(r -> overdue.test(r, TODAY)).toList()),
                        stages[1]));
                view.model().setFilter(TaskFilter.ALL);
                Fx.call(() -> {
                    bare.getItems().setAll(rows);
                    return null;
                });
                boolean[] flip = {false};
                report(print, "sort: by task text (pinyin)", time(n, () -> {
                    flip[0] = !flip[0];
                    view.model().sortBy(TaskBoardModel.Column.TASK, flip[0]);
                    view.show(view.model().shown());
                }, stages[0]), time(n, () -> {
                    flip[0] = !flip[0];
                    java.text.Collator c = java.text.Collator.getInstance(Locale.SIMPLIFIED_CHINESE);
                    Comparator<BoardRow> by = Comparator.comparing(r -> r.task().quote(), c);
                    bare.getItems().sort(flip[0] ? by : by.reversed());
                }, stages[1]));
                report(print, "sort: by due date", time(n, () -> {
                    flip[0] = !flip[0];
                    view.model().sortBy(TaskBoardModel.Column.DUE, flip[0]);
                    view.show(view.model().shown());
                }, stages[0]), time(n, () -> {
                    flip[0] = !flip[0];
                    Comparator<BoardRow> by = Comparator.comparing(BoardRow::due, Comparator.nullsLast(Comparator.naturalOrder()));
                    bare.getItems().sort(flip[0] ? by : by.reversed());
                }, stages[1]));
                report(print, "group by lead unit", time(n, () -> {
                    view.model().sortBy(TaskBoardModel.Column.NUMBER, true);
                    view.model().setGrouping(flip[0] ? TaskBoardModel.Grouping.UNIT : TaskBoardModel.Grouping.NONE);
                    flip[0] = !flip[0];
                    view.show(view.model().shown());
                }, stages[0]), null);
            }
            // reading the board from a library file of the same size: the app's read beside a bare SELECT of the rows
            readFromLibrary(library, runs, view, bare, stages);
            Fx.call(() -> {
                stages[0].close();
                stages[1].close();
                return null;
            });
        }
        System.exit(0);
    }

    /**
     * 1,000 speeches × 40 stored tasks. The first reading after a start ({@code TaskBoard.rows} with no copy in
     * memory) beside a bare SELECT; then whole openings of the board from the library as the window does them
     * (which speeches are stale, the rows, the rows into the view) with the copy kept in memory, unchanged and
     * after one edit, beside a bare SELECT of the rows put into a bare table.
     */
    private static void readFromLibrary(Library library, int runs, TaskBoardView view, TableView<BoardRow> bareTable,
                                        Stage[] stages) throws Exception {
        jingdu.store.TaskRepository repo = new jingdu.store.TaskRepository(library.database());
        for (int s = 0; s < 1000; s++) {
            StringBuilder text = new StringBuilder("讲话" + s + "\n");
            List<jingdu.model.TaskFacts> facts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String q = BEARERS[(s + i) % BEARERS.length] + CLAUSES[i % CLAUSES.length] + "，确保第" + (s * 40 + i) + "项工作按期完成。";
                int at = text.length();
                text.append(q).append('\n');
                facts.add(new jingdu.model.TaskFacts(at, at + q.length(), q, i + 1, Strength.REQUIRED,
                        List.of(SECTORS[i % SECTORS.length]), List.of(Level.values()[i % 3]), true, BEARERS[i % BEARERS.length],
                        i % 3 == 0 ? "6月底前" : null));
            }
            jingdu.model.Speech speech = library.importString(text.toString(), "s" + s + ".txt");
            repo.sync(speech.id(), "bench", (stored, counts) -> jingdu.app.tasks.TaskSync.plan(stored, counts, facts));
        }
        java.util.function.Supplier<jingdu.app.tasks.TaskBoard> boards = () -> new jingdu.app.tasks.TaskBoard(library,
                jingdu.analysis.SectorLexicon.builtInCatalog(), p -> new jingdu.app.tasks.DueDates(p)::read,
                u -> b -> java.util.Optional.empty(), jingdu.app.tasks.DueDates.defaults());
        double[] first = new double[runs];
        double[] bare = new double[runs];
        for (int i = -3; i < runs; i++) { // three to warm up
            jingdu.app.tasks.TaskBoard board = boards.get();
            long t0 = System.nanoTime();
            int n = board.rows(TaskScope.all(), TODAY).size();
            long t1 = System.nanoTime();
            int m = bareSelect(library);
            long t2 = System.nanoTime();
            if (i >= 0) {
                first[i] = (t1 - t0) / 1e6;
                bare[i] = (t2 - t1) / 1e6;
            }
            if (n != m) {
                throw new IllegalStateException(n + " rows read, " + m + " stored");
            }
        }
        report(true, "first read after a start", first, bare, false);
        System.out.println("  (no copy in memory yet: the window reads it in the background once the engine is ready,"
                + " before the board is first opened)");

        jingdu.app.tasks.TaskBoard board = boards.get();
        board.prefetch();
        double[] unchanged = new double[runs];
        double[] edited = new double[runs];
        double[] plain = new double[runs];
        List<BoardRow> shown = board.rows(TaskScope.all(), TODAY);
        for (int i = -3; i < runs; i++) {
            unchanged[Math.max(i, 0)] = open(board, view, stages[0]);
            long id = shown.get((i + 3) * 997 % shown.size()).id();
            jingdu.model.TaskStatus to = (i & 1) == 0 ? jingdu.model.TaskStatus.IN_PROGRESS : jingdu.model.TaskStatus.DONE;
            board.edit(List.of(id), st -> st.withStatus(to));
            edited[Math.max(i, 0)] = open(board, view, stages[0]);
            long t0 = System.nanoTime();
            bareSelect(library);
            double select = (System.nanoTime() - t0) / 1e6;
            plain[Math.max(i, 0)] = select + time(1, () -> {
                bareTable.getItems().clear();
                bareTable.getItems().setAll(shown);
            }, stages[1])[0];
        }
        report(true, "open from the library", unchanged, plain, true);
        report(true, "open after one edit", edited, plain, true);
        System.out.println("  (an opening as the window does it: stale speeches checked, rows read — the copy kept in memory"
                + " plus what the task touch log says changed — and put into the view; bare: a SELECT of every task and"
                + " the rows put into a bare TableView)");
    }

    /** The window's opening: stale check and rows off the FX thread, then the rows into the view on it. */
    private static double open(jingdu.app.tasks.TaskBoard board, TaskBoardView view, Stage stage) throws Exception {
        long t0 = System.nanoTime();
        board.stale(TaskScope.all(), ""); // the same cost whether any is stale or not: every fingerprint is made
        List<BoardRow> rows = board.rows(TaskScope.all(), TODAY);
        double read = (System.nanoTime() - t0) / 1e6;
        return read + time(1, () -> {
            view.tableView().getItems().clear();
            view.showRows(rows, TODAY);
        }, stage)[0];
    }

    /** Every task's columns read as text, in the board's order: the least any reading of the board costs. */
    private static int bareSelect(Library library) {
        return library.database().read(c -> {
            int k = 0;
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT * FROM task ORDER BY speech_id, start_offset")) {
                while (rs.next()) {
                    for (int col = 1; col <= 16; col++) {
                        rs.getString(col);
                    }
                    k++;
                }
            }
            return k;
        });
    }

    private static Stage stage(BorderPane root) {
        Stage s = new Stage();
        s.setScene(new Scene(root, 1366, 768));
        s.show();
        return s;
    }

    private static TableView<BoardRow> bareTable() {
        TableView<BoardRow> t = new TableView<>();
        List<Function<BoardRow, String>> cols = List.of(r -> String.valueOf(r.id()), BoardRow::firstClause,
                r -> r.entry().speechTitle(), r -> String.join("、", r.task().sectors()), r -> r.task().levels().toString(),
                r -> r.lead() == null ? "" : r.lead().name(), r -> "", r -> String.valueOf(r.task().deadline()),
                r -> String.valueOf(r.due()), r -> r.task().state().status().id(),
                r -> r.entry().latest() == null ? "" : r.entry().latest().body());
        for (Function<BoardRow, String> f : cols) {
            TableColumn<BoardRow, String> c = new TableColumn<>("列");
            c.setCellValueFactory(cd -> new ReadOnlyStringWrapper(f.apply(cd.getValue())));
            t.getColumns().add(c);
        }
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        return t;
    }

    /** Milliseconds of each run: the work and one CSS and layout pass of the window, on the FX thread. */
    private static double[] time(int runs, Runnable work, Stage stage) throws Exception {
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            ms[i] = Fx.call(() -> {
                long t0 = System.nanoTime();
                work.run();
                stage.getScene().getRoot().applyCss();
                stage.getScene().getRoot().layout();
                return (System.nanoTime() - t0) / 1e6;
            });
        }
        return ms;
    }

    private static double pct(double[] ms, double p) {
        double[] s = ms.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p * s.length) - 1)];
    }

    private static void report(boolean print, String what, double[] board, double[] bare) {
        report(print, what, board, bare, true);
    }

    private static void report(boolean print, String what, double[] board, double[] bare, boolean aim) {
        if (!print) {
            return;
        }
        String b = String.format("%6.1f / %6.1f", pct(board, 0.5), pct(board, 0.95));
        String r = bare == null ? "" : String.format("%6.1f / %6.1f", pct(bare, 0.5), pct(bare, 0.95));
        String ratio = bare == null ? "" : String.format("%.2f", pct(board, 0.95) / pct(bare, 0.95));
        System.out.printf("%-34s %17s %17s %8s%s%n", what, b, r, ratio, !aim || pct(board, 0.95) <= 200 ? "" : "  (aim ≤ 200 ms: NOT MET)");
    }
}
