package jingdu.app.annotate;

import jingdu.i18n.I18n;
import jingdu.model.Tag;

/** What a tag is called: the user's name, or for a built-in level not renamed, the level's label. */
public final class TagNames {

    private TagNames() {
    }

    public static String display(I18n i18n, Tag tag) {
        if (tag.name() != null && !tag.name().isBlank()) {
            return tag.name();
        }
        return tag.level().map(l -> i18n.get("level." + l.id())).orElse(tag.id());
    }

    /** The gutter chip's text: a built-in's short label unless renamed, else the name cut to six characters. */
    public static String chip(I18n i18n, Tag tag) {
        if ((tag.name() == null || tag.name().isBlank()) && tag.level().isPresent()) {
            return i18n.get("level." + tag.id() + ".short");
        }
        String name = display(i18n, tag);
        return name.length() <= 6 ? name : name.substring(0, 6) + "…";
    }
}
