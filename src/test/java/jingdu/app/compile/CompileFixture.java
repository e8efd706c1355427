package jingdu.app.compile;

import java.util.List;
import java.util.Locale;

import jingdu.app.Library;
import jingdu.app.annotate.Annotator;
import jingdu.app.library.Catalog;
import jingdu.i18n.I18n;
import jingdu.model.SpeechMeta;
import jingdu.model.Tag;

/**
 * A small library for the 摘编 tests: four speeches of different dates (one undated), two in the collection
 * 汛期, the user's tag 安全生产责任 (with the sub-tag 企业) on paragraphs and a passage, a level tag, and one
 * sentence said in near-identical words in two speeches.
 */
public final class CompileFixture {

    public static final String SAID_FIRST = "各级党委政府要严格落实安全生产责任制，压实企业主体责任。";
    public static final String SAID_AGAIN = "各级党委政府要严格落实安全生产责任制、压实企业主体责任！";
    public static final String COAL = "煤矿企业要加强瓦斯治理，严防重特大事故。";
    public static final String ROADS = "道路交通要整治超载超限。";
    public static final String SUPERVISION = "要压实部门监管责任，管行业必须管安全。";
    public static final String UNDATED = "企业要落实全员安全生产责任制。";
    public static final String FLOOD = "汛期要加强值班值守，落实防汛安全生产责任。";

    public final long a;
    public final long b;
    public final long c;
    public final long d;
    public final long collection;
    public final Tag tag;
    public final Tag sub;

    public CompileFixture(Library library) throws Exception {
        Annotator annotator = library.annotator(new I18n(Locale.SIMPLIFIED_CHINESE));
        Catalog catalog = new Catalog(library);
        a = library.importString("在全省安全生产工作会议上的讲话\n同志们：\n" + SAID_FIRST + "\n" + COAL + ROADS + "\n", "a.txt").id();
        b = library.importString("在全市防汛工作会议上的讲话\n" + FLOOD + SAID_AGAIN + "\n", "b.txt").id();
        c = library.importString("在县安委会全体会议上的讲话\n" + SUPERVISION + "\n", "c.txt").id();
        d = library.importString("一篇没有日期的讲话\n" + UNDATED + "\n", "d.txt").id();
        catalog.saveMeta(a, new SpeechMeta("在全省安全生产工作会议上的讲话", "张三", "2024-03-06", null, "省", null, null));
        catalog.saveMeta(b, new SpeechMeta("在全市防汛工作会议上的讲话", "李四", "2024-05-10", null, "市", null, null));
        catalog.saveMeta(c, new SpeechMeta("在县安委会全体会议上的讲话", null, "2023-11", null, "县", null, null));
        collection = catalog.createCollection("汛期").id();
        catalog.addToCollection(collection, a);
        catalog.addToCollection(collection, b);

        tag = annotator.addTag("安全生产责任", null);
        sub = annotator.addTag("企业", tag.id());
        annotator.toggleParagraphTag(a, List.of(2), tag.id());
        String bText = library.find(b).orElseThrow().text();
        int at = bText.indexOf(SAID_AGAIN);
        annotator.togglePassageTag(b, at, at + SAID_AGAIN.length(), tag.id());
        annotator.toggleParagraphTag(d, List.of(1), sub.id());
        annotator.toggleParagraphTag(c, List.of(1), "supervision");
    }
}
