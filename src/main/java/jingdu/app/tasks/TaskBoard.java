package jingdu.app.tasks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import jingdu.analysis.Analyzer;
import jingdu.app.Library;
import jingdu.app.SpeechDates;
import jingdu.app.annotate.CorrectedView;
import jingdu.app.undo.Command;
import jingdu.app.undo.TaskEditCommand;
import jingdu.app.undo.TaskProgressCommand;
import jingdu.app.undo.UndoHistory;
import jingdu.io.ReportModel;
import jingdu.io.SpeechWork;
import jingdu.model.Analysis;
import jingdu.model.DuePeriod;
import jingdu.model.ExportFilter;
import jingdu.model.SectorCatalog;
import jingdu.model.Speech;
import jingdu.model.Task;
import jingdu.model.TaskEntry;
import jingdu.model.TaskFacts;
import jingdu.model.TaskProgress;
import jingdu.model.TaskScope;
import jingdu.model.TaskState;
import jingdu.model.TaskStatus;
import jingdu.model.Unit;
import jingdu.store.SpeechDeletedException;
import jingdu.store.TaskRepository;

/**
 * The task board (任务台账): every obligation of the chosen speeches as a task the user follows up — lead and
 * partner units, due date, status, progress. Tasks are made from the corrected analysis and kept up to date
 * with it ({@link #refresh}); the user's decisions are undoable commands in the same history as annotations.
 */
public final class TaskBoard {

    /** Days ahead a task counts as due soon (the board's "7 天内到期"). */
    public static final int SOON_DAYS = 7;

    /** Reads a deadline text against the speech's date. */
    @FunctionalInterface
    public interface DueReader {
        Optional<LocalDate> read(String deadline, LocalDate speechDate);
    }

    /** Suggests the unit a duty bearer text means (the user confirms); empty when none fits or it names a group. */
    @FunctionalInterface
    public interface LeadSuggester {
        Optional<Unit> suggest(String bearer);
    }

    /** Called after each speech while tasks are brought up to date: done so far, of how many. */
    @FunctionalInterface
    public interface Progress {
        void step(int done, int total);
    }

    private final Library library;
    private final TaskRepository tasks;
    private final UndoHistory history;
    private final SectorCatalog sectors;
    private final BoardCache cache;
    private final Function<List<DuePeriod>, DueReader> dueReaders;
    private final Function<List<Unit>, LeadSuggester> suggesters;
    private final List<DuePeriod> defaultPeriods;

    public TaskBoard(Library library, SectorCatalog sectors, Function<List<DuePeriod>, DueReader> dueReaders,
                     Function<List<Unit>, LeadSuggester> suggesters, List<DuePeriod> defaultPeriods) {
        this.library = library;
        this.tasks = new TaskRepository(library.database());
        this.cache = new BoardCache(tasks);
        this.history = new UndoHistory(library.database());
        this.sectors = sectors;
        this.dueReaders = dueReaders;
        this.suggesters = suggesters;
        this.defaultPeriods = List.copyOf(defaultPeriods);
    }

    // ---- keeping tasks up to date ----------------------------------------------------------------

    /** The speeches in the scope whose tasks were never made or were made from other inputs. */
    public List<Long> stale(TaskScope scope, String userWords) {
        List<Long> ids = tasks.speechesIn(scope);
        Map<Long, String> inputs = tasks.inputs(ids);
        Map<Long, String> made = tasks.fingerprints();
        List<Long> out = new ArrayList<>();
        for (long id : ids) {
            if (!fingerprint(inputs.get(id), userWords).equals(made.get(id))) {
                out.add(id);
            }
        }
        return out;
    }

    /**
     * Makes or updates the tasks of the scope's stale speeches with {@code engine} (the caller's thread),
     * one transaction per speech; stops between speeches when {@code cancelled}. Returns how many were done.
     * {@code userWords} stands for the user's word list, which changes every speech's analysis.
     */
    public int refresh(TaskScope scope, Analyzer engine, String userWords, Progress progress, BooleanSupplier cancelled) {
        return refresh(scope, () -> engine, userWords, progress, cancelled);
    }

    /** As above, the engine made only when a speech is stale (making one costs more than the check). */
    public int refresh(TaskScope scope, java.util.function.Supplier<Analyzer> engines, String userWords, Progress progress,
                       BooleanSupplier cancelled) {
        List<Long> stale = stale(scope, userWords);
        if (stale.isEmpty()) {
            return 0;
        }
        Analyzer engine = engines.get();
        int done = 0;
        for (long id : stale) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            refreshSpeech(id, engine, userWords);
            done++;
            progress.step(done, stale.size());
        }
        return done;
    }

    private void refreshSpeech(long id, Analyzer engine, String userWords) {
        // read the inputs first: an edit made while the engine runs leaves a fingerprint that no longer fits
        String fingerprint = fingerprint(tasks.inputs(List.of(id)).get(id), userWords);
        Optional<Speech> found = library.find(id);
        if (found.isEmpty()) {
            return;
        }
        Speech speech = found.get();
        Analysis corrected = CorrectedView.apply(engine.analyze(speech.text()), library.corrections(id)).analysis();
        SpeechWork work = new SpeechWork(speech, corrected, library.tags().forSpeech(id), List.of());
        List<TaskFacts> facts = ReportModel.build(List.of(work), ExportFilter.NONE, sectors).obligations().stream()
                .map(r -> new TaskFacts(r.obligation().start(), r.obligation().end(), r.text(), r.paragraph(),
                        r.obligation().strength(), r.sectors(), r.levels(), r.levelsSuggested(), r.obligation().actor(),
                        r.obligation().deadline()))
                .toList();
        tasks.sync(id, fingerprint, (stored, counts) -> TaskSync.plan(stored, counts, facts));
    }

    /** What a speech's tasks were made from: its inputs in the library, the user's words and the engine's build. */
    static String fingerprint(String inputs, String userWords) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(String.valueOf(inputs).getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            d.update(String.valueOf(userWords).getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            d.update(ENGINE_BUILD.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A new Jingdu may find obligations differently: its tasks are made again (the user's decisions stay). */
    private static final String ENGINE_BUILD = String.valueOf(Analyzer.class.getPackage().getImplementationVersion())
            + "/" + jarTime();

    private static String jarTime() {
        try {
            var source = Analyzer.class.getProtectionDomain().getCodeSource();
            return source == null ? "" : String.valueOf(java.nio.file.Files.getLastModifiedTime(
                    java.nio.file.Path.of(source.getLocation().toURI())).toMillis());
        } catch (Exception e) {
            return ""; // unknown: tasks are made again only when their inputs change
        }
    }

    // ---- reading the board -------------------------------------------------------------------------

    /** The scope's tasks with due dates read, units resolved and marks against {@code today}. */
    public List<BoardRow> rows(TaskScope scope, LocalDate today) {
        List<Unit> units = tasks.units();
        Map<Long, Unit> byId = new HashMap<>();
        units.forEach(u -> byId.put(u.id(), u));
        DueReader due = dueReaders.apply(periods());
        LeadSuggester suggester = suggesters.apply(units);
        Map<String, Optional<Unit>> suggested = new HashMap<>();
        Map<String, LocalDate> speechDates = new HashMap<>();
        List<BoardRow> out = new ArrayList<>();
        for (TaskEntry e : cache.entries(scope)) {
            Task t = e.task();
            TaskState s = t.state();
            LocalDate read = null;
            if (s.due() == null && t.deadline() != null && !t.deadline().isBlank()) {
                LocalDate anchor = speechDates.computeIfAbsent(String.valueOf(e.speechDate()), k -> anchor(e.speechDate()));
                if (anchor != null && precise(e.speechDate(), t.deadline())) {
                    read = due.read(t.deadline(), anchor).orElse(null);
                }
            }
            LocalDate dueDate = s.due() != null ? s.due() : read;
            Unit lead = s.leadUnitId() == null ? null : byId.get(s.leadUnitId());
            Unit suggestion = lead != null || t.actor() == null ? null
                    : suggested.computeIfAbsent(t.actor(), suggester::suggest).orElse(null);
            List<Unit> partners = s.partnerIds().stream().map(byId::get).filter(u -> u != null).toList();
            out.add(new BoardRow(e, dueDate, s.due() != null, mark(s.status(), dueDate, today), lead, suggestion, partners));
        }
        return out;
    }

    /**
     * Reads the board into memory ahead of its first opening (off the FX thread, when the window has started):
     * opening it then costs only what changed since.
     */
    public void prefetch() {
        cache.entries(TaskScope.all());
    }

    /** How many times the whole board was read from the library (the rest were changes only). */
    int fullReads() {
        return cache.fullReads();
    }

    /** The speech's recorded date as a day: 2024-03-06 as it is, 2024-03 as its first day, 2024 as 1 January. */
    static LocalDate anchor(String recorded) {
        if (recorded == null) {
            return null;
        }
        String d = SpeechDates.normalize(recorded);
        try {
            if (d.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(d);
            }
            if (d.matches("\\d{4}-\\d{2}")) {
                return LocalDate.parse(d + "-01");
            }
            if (d.matches("\\d{4}")) {
                return LocalDate.of(Integer.parseInt(d), 1, 1);
            }
        } catch (RuntimeException e) {
            return null; // a date typed by hand that no calendar has
        }
        return null;
    }

    /** 本月底, 10日内: counted from a day the speech's date must give (not only its year or month). */
    private static final java.util.regex.Pattern FROM_MONTH = java.util.regex.Pattern.compile(
            "本月|月底|月内|月初|月中|下月|下个月|本季|日前|日内|天内|周内|本周|下周|工作日|即日");
    private static final java.util.regex.Pattern FROM_DAY = java.util.regex.Pattern.compile(
            "日内|天内|周内|本周|下周|工作日|即日");
    private static final java.util.regex.Pattern NAMED_MONTH = java.util.regex.Pattern.compile(
            "[0-9０-９一二三四五六七八九十]{1,3}月");

    /** Whether the speech's date is precise enough for this deadline: a year alone cannot say when 本月底 is. */
    static boolean precise(String recorded, String deadline) {
        String d = SpeechDates.normalize(recorded);
        if (d.matches("\\d{4}")) {
            return !FROM_MONTH.matcher(deadline).find() || NAMED_MONTH.matcher(deadline.replace("个月", "")).find()
                    && !FROM_DAY.matcher(deadline).find();
        }
        if (d.matches("\\d{4}-\\d{2}")) {
            return !FROM_DAY.matcher(deadline).find();
        }
        return true;
    }

    static BoardRow.DueMark mark(TaskStatus status, LocalDate due, LocalDate today) {
        if (!status.open() || due == null) {
            return BoardRow.DueMark.NONE;
        }
        if (due.isBefore(today)) {
            return BoardRow.DueMark.OVERDUE;
        }
        return due.isAfter(today.plusDays(SOON_DAYS)) ? BoardRow.DueMark.NONE : BoardRow.DueMark.SOON;
    }

    /** The scope's dated status changes and progress entries, oldest first (the 统计 view's "over time"). */
    public List<jingdu.model.TaskEvent> events(TaskScope scope) {
        return tasks.events(scope);
    }

    /** Newest first. */
    public List<TaskProgress> progress(long taskId) {
        return tasks.progress(taskId);
    }

    public Optional<Task> find(long taskId) {
        return tasks.find(taskId);
    }

    // ---- the user's decisions, undoable --------------------------------------------------------------

    /**
     * Applies {@code change} to each task's state as one undoable step (several rows assigned at once). Tasks
     * whose state would not change are left out; empty when none changes. Unknown tasks or units are refused.
     */
    public Optional<Command> edit(List<Long> taskIds, UnaryOperator<TaskState> change) throws TaskException {
        Map<Long, Unit> units = new HashMap<>();
        tasks.units().forEach(u -> units.put(u.id(), u));
        List<TaskEditCommand.Change> changes = new ArrayList<>();
        for (long id : taskIds.stream().distinct().toList()) {
            Task t = tasks.find(id).orElseThrow(() -> new TaskException("tasks.error.noTask", id));
            TaskState after = change.apply(t.state());
            if (after.leadUnitId() != null && !units.containsKey(after.leadUnitId())) {
                throw new TaskException("tasks.error.noUnit", after.leadUnitId());
            }
            for (long p : after.partnerIds()) {
                if (!units.containsKey(p)) {
                    throw new TaskException("tasks.error.noUnit", p);
                }
            }
            if (!after.equals(t.state())) {
                changes.add(new TaskEditCommand.Change(id, t.speechId(), t.quote(), t.state(), after));
            }
        }
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(run(new TaskEditCommand(changes)));
    }

    /** Adds a dated progress entry (blank text refused), undoable. */
    public Command addProgress(long taskId, String author, String body, Instant at) throws TaskException {
        if (body == null || body.isBlank()) {
            throw new TaskException("tasks.error.emptyProgress");
        }
        Task t = tasks.find(taskId).orElseThrow(() -> new TaskException("tasks.error.noTask", taskId));
        return run(new TaskProgressCommand(new TaskProgress(0, taskId, at, author == null ? "" : author.strip(),
                body.strip()), t.speechId(), t.quote()));
    }

    private Command run(Command c) throws TaskException {
        try {
            return history.execute(c);
        } catch (SpeechDeletedException e) {
            throw new TaskException(SpeechDeletedException.KEY, e.detail());
        }
    }

    public UndoHistory history() {
        return history;
    }

    // ---- units ----------------------------------------------------------------------------------------

    public List<Unit> units() {
        return tasks.units();
    }

    /** Finds a unit by name or alias, as typed (CLI, a cell). */
    public Optional<Unit> unitNamed(String name) {
        String n = name == null ? "" : name.strip();
        return tasks.units().stream()
                .filter(u -> u.name().equals(n) || u.aliases().contains(n)).findFirst();
    }

    public Unit addUnit(String name, List<String> aliases, boolean group) throws TaskException {
        String n = checkedName(name);
        if (unitNamed(n).isPresent()) {
            throw new TaskException("tasks.error.unitExists", n);
        }
        return tasks.insertUnit(new Unit(0, n, cleanAliases(aliases, n), group));
    }

    public void updateUnit(Unit unit) throws TaskException {
        String n = checkedName(unit.name());
        Optional<Unit> same = unitNamed(n);
        if (same.isPresent() && same.get().id() != unit.id()) {
            throw new TaskException("tasks.error.unitExists", n);
        }
        tasks.updateUnit(new Unit(unit.id(), n, cleanAliases(unit.aliases(), n), unit.group()));
    }

    /** Deletes a unit no task names; one in use is refused with how many tasks name it. */
    public void deleteUnit(long id) throws TaskException {
        int use = tasks.deleteUnitIfUnused(id);
        if (use > 0) {
            throw new TaskException("tasks.error.unitInUse", use);
        }
    }

    private static String checkedName(String name) throws TaskException {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 60 || n.contains("\n")) {
            throw new TaskException("tasks.error.unitName");
        }
        return n;
    }

    private static List<String> cleanAliases(List<String> aliases, String name) {
        return aliases == null ? List.of() : aliases.stream().map(String::strip)
                .filter(a -> !a.isEmpty() && !a.equals(name) && !a.contains("\n")).distinct().toList();
    }

    // ---- named periods ----------------------------------------------------------------------------------

    /** The user's periods, or the built-in ones until the user changes them. */
    public List<DuePeriod> periods() {
        List<DuePeriod> saved = tasks.periods();
        return saved.isEmpty() ? defaultPeriods : saved;
    }

    /** The built-in periods, which {@link #periods} gives until the user saves their own. */
    public List<DuePeriod> defaultPeriods() {
        return defaultPeriods;
    }

    /** Forgets the user's periods: the built-in ones apply again (and follow a newer Jingdu's). */
    public void resetPeriods() {
        tasks.replacePeriods(List.of());
    }

    public void setPeriods(List<DuePeriod> periods) throws TaskException {
        for (DuePeriod p : periods) {
            if (p.name() == null || p.name().isBlank() || p.start() == null || p.end() == null) {
                throw new TaskException("tasks.error.period");
            }
        }
        tasks.replacePeriods(periods);
    }
}
