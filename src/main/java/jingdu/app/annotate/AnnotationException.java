package jingdu.app.annotate;

import jingdu.i18n.LocalizedException;

/** An annotation request that does not fit the speech (no such speech, paragraph or range). */
public class AnnotationException extends LocalizedException {

    public AnnotationException(String key, Object... args) {
        super(key, null, args);
    }
}
