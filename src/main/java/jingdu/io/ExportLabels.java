package jingdu.io;

import java.util.List;
import java.util.stream.Collectors;

import jingdu.i18n.I18n;
import jingdu.model.Level;
import jingdu.model.Note;
import jingdu.model.SectorCatalog;
import jingdu.model.Speech;
import jingdu.model.Strength;
import jingdu.model.Tag;

/** The words exports print for levels, strengths, sectors and sources, in the user's language. */
public final class ExportLabels {

    private final I18n i18n;
    private final SectorCatalog sectors;

    public ExportLabels(I18n i18n, SectorCatalog sectors) {
        this.i18n = i18n;
        this.sectors = sectors;
    }

    public I18n i18n() {
        return i18n;
    }

    public String get(String key, Object... args) {
        return i18n.get(key, args);
    }

    public String level(Level level) {
        return i18n.get("export.level." + level.id());
    }

    /** Level names joined; engine suggestions carry a marker so no one mistakes them for a decision. */
    public String levels(List<Level> levels, boolean suggested) {
        if (levels.isEmpty()) {
            return "";
        }
        String names = levels.stream().sorted().map(this::level).collect(Collectors.joining(separator()));
        return suggested ? names + i18n.get("export.suggested") : names;
    }

    public String strength(Strength s) {
        return i18n.get("export.strength." + s.id());
    }

    /** A sector's name from the catalogue, in the export's language; "" (no sector) and unknown ids get readable labels too. */
    public String sector(String id) {
        return id.isEmpty() ? i18n.get("export.sector.none") : sectors.name(id, i18n.locale());
    }

    public String sectors(List<String> ids) {
        return ids.stream().map(this::sector).collect(Collectors.joining(separator()));
    }

    /** Speech title and paragraph number (1-based), e.g. 《…》第3段. */
    public String source(Speech speech, int paragraph) {
        return i18n.get("export.sourceRef", speech.title(), String.valueOf(paragraph + 1));
    }

    public String paragraph(int paragraph) {
        return i18n.get("export.paragraph", String.valueOf(paragraph + 1));
    }

    /** Note bodies, one per line. */
    public String noteBodies(List<Note> notes) {
        return notes.stream().map(Note::body).collect(Collectors.joining("\n"));
    }

    /** A tag's name: the user's, or for a built-in level left unnamed the level's own label. */
    public String tagName(Tag tag) {
        if (tag.name() != null && !tag.name().isBlank()) {
            return tag.name();
        }
        return tag.level().map(this::level).orElse(tag.id());
    }

    /** The tag's place in the user's tag tree, root first: {@code 重点行业/危化品}. */
    public String tagPath(UserTags user, Tag tag) {
        return user.ancestry(tag).stream().map(this::tagName).collect(Collectors.joining("/"));
    }

    /** Tag paths joined with the list separator. */
    public String tagPaths(UserTags user, List<Tag> tags) {
        return tags.stream().map(t -> tagPath(user, t)).collect(Collectors.joining(separator()));
    }

    /** A passage tag's path, or its id when the tag is gone. */
    public String tagPath(UserTags user, String tagId) {
        return user.tree().find(tagId).map(t -> tagPath(user, t)).orElse(tagId);
    }

    public String separator() {
        return i18n.get("export.separator");
    }
}
