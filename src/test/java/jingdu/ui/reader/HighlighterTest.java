package jingdu.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import jingdu.analysis.SectorLexicon;
import jingdu.i18n.I18n;
import jingdu.model.Analysis;
import jingdu.model.Note;
import jingdu.model.Obligation;
import jingdu.model.ParagraphInfo;
import jingdu.model.SectorCatalog;
import jingdu.model.SectorMention;
import jingdu.model.Strength;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

class HighlighterTest {

    //                      0123456789012345678
    private static final String TEXT = "各乡镇要加强煤矿安全检查。燃气企业必须整改。";

    private static Analysis analysis() {
        return new Analysis(TEXT,
                List.of(new ParagraphInfo(0, 0, TEXT.length(), 0, List.of())),
                List.of(new SectorMention(6, 8, "coal", "煤矿"), new SectorMention(13, 15, "gas", "燃气")),
                List.of(new Obligation(0, 13, Strength.REQUIRED, "各乡镇", null), new Obligation(13, 22, Strength.MANDATORY)));
    }

    private static List<Collection<String>> perChar(StyleSpans<Collection<String>> spans) {
        List<Collection<String>> out = new ArrayList<>();
        for (StyleSpan<Collection<String>> s : spans) {
            for (int i = 0; i < s.getLength(); i++) {
                out.add(s.getStyle());
            }
        }
        return out;
    }

    @Test
    void layersCombineIntoOneSpanListCoveringTheText() {
        Note note = new Note(1, 1, 4, 10, "加强煤矿安全", "重点", Instant.EPOCH, Instant.EPOCH);
        StyleSpans<Collection<String>> spans = Highlighter.compute(TEXT.length(), analysis(), List.of(note),
                Highlighter.Layers.ALL);
        List<Collection<String>> chars = perChar(spans);

        assertThat(spans.length()).isEqualTo(TEXT.length());
        assertThat(chars.get(0)).containsExactlyInAnyOrder("obligation", "obligation-required");
        assertThat(chars.get(4)).containsExactlyInAnyOrder("obligation", "obligation-required", "note");
        assertThat(chars.get(6)).containsExactlyInAnyOrder("obligation", "obligation-required", "note", "sector", "sector-coal");
        assertThat(chars.get(10)).containsExactlyInAnyOrder("obligation", "obligation-required");
        assertThat(chars.get(13)).containsExactlyInAnyOrder("obligation", "obligation-mandatory", "sector", "sector-gas");
        assertThat(chars.get(21)).containsExactlyInAnyOrder("obligation", "obligation-mandatory");
    }

    /** Issue 18: a note whose range starts with a sector term keeps its own class on every character. */
    @Test
    void aNoteStartingWithASectorTermCarriesItsClassOnEveryCharacter() {
        // 煤矿 (6–8) is a coal term; the note covers 煤矿安全检查 (6–12), a coloured note 燃气企业 (13–17) starts at 燃气
        Note plain = new Note(1, 1, 6, 12, "煤矿安全检查", "重点", Instant.EPOCH, Instant.EPOCH);
        Note coloured = new Note(2, 1, 13, 17, "燃气企业", "跟进", Instant.EPOCH, Instant.EPOCH,
                jingdu.model.NoteScope.PASSAGE, -1, "4");
        List<Collection<String>> chars = perChar(Highlighter.compute(TEXT.length(), analysis(), List.of(plain, coloured),
                List.of(new Highlighter.TagSpan(6, 9, "2", "住建")), Highlighter.Layers.ALL, FindMatches.NONE));
        for (int i = 6; i < 12; i++) {
            assertThat(chars.get(i)).as("character %d", i).contains(Highlighter.NOTE);
        }
        for (int i = 13; i < 17; i++) {
            assertThat(chars.get(i)).as("character %d", i).contains(Highlighter.NOTE, Highlighter.noteColourClass("4"));
        }
        // the other layers stay where they are: the note is overlaid, it replaces nothing
        assertThat(chars.get(6)).contains("sector", "sector-coal", "obligation-required", Highlighter.PASSAGE_TAG);
        assertThat(chars.get(13)).contains("sector", "sector-gas", "obligation-mandatory");
        assertThat(chars.get(5)).doesNotContain(Highlighter.NOTE);
        assertThat(chars.get(12)).doesNotContain(Highlighter.NOTE);
        assertThat(chars.get(17)).doesNotContain(Highlighter.NOTE);
    }

    @Test
    void theGutterMarksPassageNotesThatTouchAParagraph() {
        Note inFirst = new Note(1, 1, 2, 5, "abc", "x", Instant.EPOCH, Instant.EPOCH);
        Note across = new Note(2, 1, 8, 14, "abcdef", "y", Instant.EPOCH, Instant.EPOCH);
        Note paragraph = new Note(3, 1, 10, 20, "", "z", Instant.EPOCH, Instant.EPOCH,
                jingdu.model.NoteScope.PARAGRAPH, 1, null);
        List<Note> notes = List.of(inFirst, across, paragraph);
        // paragraph 0 is [0, 10), paragraph 1 is [10, 20)
        assertThat(NoteMarks.passageNotes(notes, 0, 10)).containsExactly(inFirst, across);
        assertThat(NoteMarks.passageNotes(notes, 10, 20)).containsExactly(across);
        assertThat(NoteMarks.passageNotes(notes, 14, 20)).isEmpty(); // a note ending where the paragraph starts
        assertThat(NoteMarks.paragraphNotes(notes, 1)).containsExactly(paragraph);
        assertThat(NoteMarks.paragraphNotes(notes, 0)).isEmpty();
    }

    @Test
    void adjacentEqualStylesMergeIntoOneSpan() {
        StyleSpans<Collection<String>> spans = Highlighter.compute(TEXT.length(), analysis(), List.of(),
                new Highlighter.Layers(false, true, false));
        // required sentence, then mandatory sentence: exactly two spans
        assertThat(spans.getSpanCount()).isEqualTo(2);
    }

    @Test
    void switchedOffLayersLeaveNoClasses() {
        StyleSpans<Collection<String>> spans = Highlighter.compute(TEXT.length(), analysis(), List.of(),
                new Highlighter.Layers(false, false, false));
        assertThat(spans.getSpanCount()).isEqualTo(1);
        assertThat(spans.getStyleSpan(0).getStyle()).isEmpty();
    }

    @Test
    void rangesOutsideTheTextAreClippedAndNoAnalysisMeansPlainText() {
        Note outside = new Note(2, 1, 20, 99, "改。", "x", Instant.EPOCH, Instant.EPOCH);
        StyleSpans<Collection<String>> spans = Highlighter.compute(TEXT.length(), null, List.of(outside),
                Highlighter.Layers.ALL);
        List<Collection<String>> chars = perChar(spans);
        assertThat(chars).hasSize(TEXT.length());
        assertThat(chars.get(19)).isEmpty();
        assertThat(chars.get(21)).containsExactly("note");
    }

    @Test
    void aLongHeadingParagraphHasOnlyItsLeadSentenceStyledAsHeading() {
        String text = "一、思想上要高度重视\n（一）城镇燃气。县住建局要会同市场监管局在10月15日前完成对餐饮场所燃气管道的全覆盖排查。";
        int second = text.indexOf('（');
        Analysis a = new Analysis(text, List.of(
                new ParagraphInfo(0, 0, second - 1, 1, List.of()),
                new ParagraphInfo(1, second, text.length(), 2, text.indexOf('。') + 1, List.of())), List.of(), List.of());
        List<Collection<String>> chars = perChar(Highlighter.compute(text.length(), a, List.of(), Highlighter.Layers.ALL));
        assertThat(chars.get(2)).containsExactlyInAnyOrder("heading", "heading-1");
        assertThat(chars.get(second + 3)).containsExactlyInAnyOrder("heading", "heading-2");
        assertThat(chars.get(text.indexOf("县住建局"))).isEmpty();
    }

    @Test
    void sectorIdsBecomeCssClassNames() {
        assertThat(SectorLexicon.builtInCatalog().styleClass("noncoal_mine")).isEqualTo("sector-noncoal-mine");
        assertThat(Highlighter.strengthClass("mandatory")).isEqualTo("obligation-mandatory");
    }

    /** The catalogue of a lexicon.tsv that declares {@code port} (港口 / Ports). */
    private static SectorCatalog withPort() {
        return SectorCatalog.of(SectorLexicon.builtInCatalog().sectors().stream()
                        .map(s -> new SectorCatalog.Declared(s.id(), s.nameZh(), s.nameEn())).toList(),
                List.of(new SectorCatalog.Declared("port", "港口", "Ports")));
    }

    @Test
    void aUserSectorIsColouredAndNamedLikeABuiltInOne() {
        String text = "港口企业要排查码头隐患。";
        Analysis a = new Analysis(text, List.of(new ParagraphInfo(0, 0, text.length(), 0, List.of())),
                List.of(new SectorMention(0, 2, "port", "港口"), new SectorMention(7, 9, "gone", "码头")), List.of());
        List<Collection<String>> chars = perChar(Highlighter.compute(text.length(), a, List.of(), List.of(),
                Highlighter.Layers.ALL, FindMatches.NONE, withPort()));
        assertThat(chars.get(0)).containsExactlyInAnyOrder("sector", "sector-extra-1");
        // an id no lexicon declares any more (cached from an older lexicon.tsv) is painted as "other"
        assertThat(chars.get(7)).containsExactlyInAnyOrder("sector", SectorCatalog.OTHER_CLASS);

        assertThat(HoverText.at(1, a, List.of(), List.of(), Highlighter.Layers.ALL, withPort(), new I18n(Locale.SIMPLIFIED_CHINESE)))
                .isEqualTo("“港口”：港口");
        assertThat(HoverText.at(1, a, List.of(), List.of(), Highlighter.Layers.ALL, withPort(), new I18n(Locale.ENGLISH)))
                .contains("Ports");
    }

    @Test
    void hoverNamesSectorStrengthActorAndNote() {
        I18n zh = new I18n(Locale.SIMPLIFIED_CHINESE);
        Note note = new Note(1, 1, 4, 10, "加强煤矿安全", "重点", Instant.EPOCH, Instant.EPOCH);
        String hover = HoverText.at(7, analysis(), List.of(note), Highlighter.Layers.ALL, zh);
        assertThat(hover).contains("“煤矿”：煤矿", "工作要求：要求（应当）", "责任主体：各乡镇", "批注：重点");
        assertThat(HoverText.at(7, analysis(), List.of(note), new Highlighter.Layers(true, false, false), zh))
                .isEqualTo("“煤矿”：煤矿");
        assertThat(HoverText.at(14, analysis(), List.of(), Highlighter.Layers.ALL, new I18n(Locale.ENGLISH)))
                .contains("Town gas", "Mandatory");
    }
}
