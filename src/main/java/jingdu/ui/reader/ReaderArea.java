package jingdu.ui.reader;

import java.util.Collection;
import java.util.Collections;

import javafx.scene.Node;
import org.fxmisc.richtext.GenericStyledArea;
import org.fxmisc.richtext.StyledTextArea;
import org.fxmisc.richtext.TextExt;
import org.fxmisc.richtext.model.Codec;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyledSegment;

/**
 * The reader's text area: a style-classed RichTextFX area (paragraph styles on each paragraph's text flow, style
 * classes on each run of text) whose node factory draws a paragraph's first character indented two characters
 * when the highlighter marks it with {@link Highlighter#INDENT_LEAD}.
 *
 * <p>How the indent keeps every offset exact: a text flow counts a node that is not text as one character, and the
 * marked run is exactly one character, so the flow's character indices stay the document's. The node is
 * {@link IndentedLead}: an empty two-character space, then the character itself as a {@link TextExt} carrying the
 * run's style classes. Hit testing, selection, caret and copy read the flow's layout and the document, not the
 * nodes, so they stay right; see docs/decisions/0017-first-line-indent.md for what differs (the caret and a
 * selection at a paragraph's very start begin at the margin).
 */
public final class ReaderArea extends GenericStyledArea<Collection<String>, String, Collection<String>> {

    public ReaderArea() {
        super(Collections.<String>emptyList(), (flow, classes) -> flow.getStyleClass().addAll(classes),
                Collections.<String>emptyList(), SegmentOps.<Collection<String>>styledTextOps(), true,
                ReaderArea::node);
        setStyleCodecs(Codec.collectionCodec(Codec.STRING_CODEC),
                Codec.styledTextCodec(Codec.collectionCodec(Codec.STRING_CODEC)));
    }

    private static Node node(StyledSegment<String, Collection<String>> segment) {
        Node text = StyledTextArea.createStyledTextNode(segment, (t, classes) -> t.getStyleClass().addAll(classes));
        // one character only: a longer run (text typed at a paragraph's start while editing) is drawn as it is
        // until the next restyle, so the flow never counts fewer characters than the document holds
        if (segment.getStyle().contains(Highlighter.INDENT_LEAD) && segment.getSegment().length() == 1) {
            return new IndentedLead((TextExt) text);
        }
        return text;
    }
}
