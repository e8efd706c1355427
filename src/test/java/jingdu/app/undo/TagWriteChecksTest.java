package jingdu.app.undo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import jingdu.app.annotate.AnnotationException;
import jingdu.app.annotate.Annotator;
import jingdu.app.Library;
import jingdu.i18n.I18n;
import jingdu.model.Speech;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paragraph tag writes check the speech and the paragraph from the stored count, and change nothing when wrong. */
class TagWriteChecksTest {

    @TempDir
    Path dir;

    @Test
    void aMissingSpeechOrAParagraphOutOfRangeIsRefusedAndChangesNothing() throws Exception {
        try (Library lib = Library.open(dir.resolve("lib.db"))) {
            Annotator a = new Annotator(lib, new I18n(Locale.SIMPLIFIED_CHINESE));
            Speech s = lib.importString("标题\n第一段。\n第二段。", "a.txt");
            assertThat(lib.speeches().paragraphCount(s.id())).hasValue(3);
            assertThat(lib.speeches().paragraphCount(s.id() + 1)).isEmpty();

            assertThatThrownBy(() -> a.toggleParagraphTag(s.id() + 1, List.of(0), "leadership"))
                    .isInstanceOf(AnnotationException.class)
                    .satisfies(e -> assertThat(((AnnotationException) e).key()).isEqualTo("annotate.error.noSpeech"));
            assertThatThrownBy(() -> a.setParagraphTag(s.id(), List.of(1, 3), "leadership", true))
                    .isInstanceOf(AnnotationException.class)
                    .satisfies(e -> assertThat(((AnnotationException) e).key()).isEqualTo("annotate.error.paragraph"));
            assertThat(lib.tags().idsForSpeech(s.id())).isEmpty();
            assertThat(a.nextUndo()).isEmpty();

            a.toggleParagraphTag(s.id(), List.of(2), "leadership"); // the last paragraph is in range
            assertThat(lib.tags().idsForSpeech(s.id())).containsOnlyKeys(2);
            a.undo();
            assertThat(lib.tags().idsForSpeech(s.id())).isEmpty();
        }
    }
}
