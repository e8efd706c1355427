package jingdu.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jingdu.app.tasks.TaskException;
import jingdu.i18n.I18n;
import jingdu.model.TaskStatus;

/** Reading the task commands' values: a status by id or by its name in either language, a calendar date. */
final class TaskArgs {

    private TaskArgs() {
    }

    private static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);
    private static final I18n EN = new I18n(Locale.ENGLISH);

    static TaskStatus status(String s) throws TaskException {
        String v = s.strip();
        for (TaskStatus t : TaskStatus.values()) {
            if (t.id().equalsIgnoreCase(v) || t.name().equalsIgnoreCase(v)
                    || ZH.get("tasks.status." + t.id()).equals(v)
                    || EN.get("tasks.status." + t.id()).equalsIgnoreCase(v)) {
                return t;
            }
        }
        throw new TaskException("tasks.error.unknownStatus", v);
    }

    /** A day the calendar has, written 2025-06-30 (2月30日 refused). */
    static LocalDate date(String s) throws TaskException {
        try {
            return LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            throw new TaskException("tasks.error.badDate", s.strip());
        }
    }
}
