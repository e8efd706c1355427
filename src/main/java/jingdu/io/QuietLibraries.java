package jingdu.io;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * POI and PDFBox log what they find odd in a file (through Log4j API or commons-logging); with no
 * logging back end here, Log4j would print an error line on stdout at first use, and a damaged file
 * would print warnings. The user gets one clear message from us instead, so their logs are off.
 */
final class QuietLibraries {

    /** Held so the JDK logger settings are not garbage-collected with their loggers. */
    private static final List<Logger> QUIET = List.of(Logger.getLogger("org.apache.pdfbox"),
            Logger.getLogger("org.apache.fontbox"), Logger.getLogger("org.apache.poi"));

    private QuietLibraries() {
    }

    static void apply() {
        setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        setIfAbsent("org.apache.logging.log4j.simplelog.level", "OFF");
        setIfAbsent("log4j2.statusLoggerLevel", "OFF");
        QUIET.forEach(l -> l.setLevel(Level.OFF));
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
