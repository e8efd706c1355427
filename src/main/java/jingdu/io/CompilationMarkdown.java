package jingdu.io;

import jingdu.model.Compilation;
import jingdu.model.Compilation.DateGroup;
import jingdu.model.Compilation.Excerpt;

/**
 * 摘编 as Markdown: the title, a heading per theme and per date, each excerpt as a paragraph with its
 * citation after it. The user's text is made inert ({@link MarkdownText}).
 */
public final class CompilationMarkdown {

    private final CompilationText words;

    public CompilationMarkdown(CompilationText words) {
        this.words = words;
    }

    public String render(Compilation c) {
        StringBuilder md = new StringBuilder("# ").append(MarkdownText.line(c.title())).append("\n\n");
        if (c.isEmpty()) {
            md.append(MarkdownText.line(words.none())).append("\n");
        }
        int t = 0;
        for (Compilation.Theme theme : c.themes()) {
            if (theme.excerpts() == 0) {
                continue;
            }
            md.append("## ").append(MarkdownText.line(words.themeHeading(t++, theme))).append("\n\n");
            int d = 0;
            for (DateGroup group : theme.dates()) {
                md.append("### ").append(MarkdownText.line(words.dateHeading(d++, group.date()))).append("\n\n");
                for (Excerpt e : group.excerpts()) {
                    md.append(MarkdownText.line(e.text())).append("\n\n");
                    md.append(MarkdownText.line(words.citation(e))).append("\n\n");
                }
            }
        }
        return md.toString();
    }
}
