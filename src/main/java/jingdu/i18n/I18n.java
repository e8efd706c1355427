package jingdu.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one way to get user-facing text. Chinese is the default; English when chosen.
 * Bundles are UTF-8 properties under {@code resources/i18n/}.
 */
public final class I18n {

    private static final String BUNDLE = "i18n.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    public I18n(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Chinese unless the user asked for English via {@code JINGDU_LANG=en} or {@code -Djingdu.lang=en}. */
    public static I18n fromEnvironment() {
        String lang = System.getProperty("jingdu.lang", System.getenv().getOrDefault("JINGDU_LANG", "zh"));
        return new I18n(forLanguage(lang));
    }

    public static Locale forLanguage(String lang) {
        return lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The messages themselves, for a library that looks texts up by key (the command line's help). */
    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
