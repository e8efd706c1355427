package jingdu.app;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import jingdu.i18n.I18n;
import jingdu.i18n.LocalizedException;
import jingdu.store.StoreException;

/**
 * One line for the user about anything that went wrong, in their language, for the window's dialogs and
 * the command line alike. Running out of memory is told as such (never as a stack trace): the work in
 * hand is dropped, and what was already saved stays, since every write is its own transaction or an
 * atomic file.
 */
public final class Failures {

    private Failures() {
    }

    /** The failure itself, without the wrappers of futures and executors. */
    public static Throwable cause(Throwable t) {
        Throwable c = t;
        while ((c instanceof CompletionException || c instanceof ExecutionException) && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    /** True when the failure is, or was caused by, the heap running out. */
    public static boolean outOfMemory(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    public static String describe(Throwable t, I18n i18n) {
        Throwable c = cause(t);
        if (c instanceof LocalizedException le) {
            return le.localized(i18n);
        }
        if (c instanceof jingdu.i18n.UserFailure se) {
            return se.localized(i18n);
        }
        if (outOfMemory(c)) {
            return i18n.get("error.outOfMemory", maxHeapMegabytes());
        }
        String what = c.getMessage() != null ? c.getMessage() : c.getClass().getSimpleName();
        return i18n.get("cli.error.unexpected", what.strip().replaceAll("\\s*\\R\\s*", " "));
    }

    /** The heap this JVM may use, in MB: the figure the out-of-memory messages give. */
    public static long maxHeapMegabytes() {
        return Runtime.getRuntime().maxMemory() >> 20;
    }
}
