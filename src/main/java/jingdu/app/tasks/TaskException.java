package jingdu.app.tasks;

import jingdu.i18n.LocalizedException;

/** A task board request that cannot be done (no such task or unit, a bad name or date): the user's message. */
public class TaskException extends LocalizedException {

    public TaskException(String key, Object... args) {
        super(key, null, args);
    }
}
