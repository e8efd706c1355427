package jingdu.io;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jingdu.analysis.SectorLexicon;
import jingdu.i18n.I18n;
import jingdu.model.Analysis;
import jingdu.model.ExportFilter;
import jingdu.model.Level;
import jingdu.model.LevelSuggestion;
import jingdu.model.Note;
import jingdu.model.Obligation;
import jingdu.model.ParagraphInfo;
import jingdu.model.SectorCatalog;
import jingdu.model.SectorMention;
import jingdu.model.Speech;
import jingdu.model.Strength;

/** A hand-built speech with an analysis as the full engine would give, tags and notes (one hostile). */
public final class ExportFixtures {

    public static final I18n ZH = new I18n(Locale.SIMPLIFIED_CHINESE);
    public static final SectorCatalog SECTORS = SectorLexicon.builtInCatalog();
    public static final ExportLabels LABELS = new ExportLabels(ZH, SECTORS);
    public static final String[] LINES = {
        "在全市安全生产工作会议上的讲话",
        "一、思想上要再重视。",
        "各级党委和政府必须严防煤矿瓦斯事故。",
        "（一）要突出抓好重点行业。",
        "企业要在6月底前完成燃气管道和危险化学品隐患整改。",
        "二、责任上要再压实。",
        "各部门要督促企业落实主体责任，鼓励开展演练。",
    };
    public static final String TEXT = String.join("\n", LINES);
    public static final String HOSTILE = "<script>alert('x')</script> & \"引号\"";

    private ExportFixtures() {
    }

    public static int start(int line) {
        int pos = 0;
        for (int i = 0; i < line; i++) {
            pos += LINES[i].length() + 1;
        }
        return pos;
    }

    public static int at(String term) {
        int i = TEXT.indexOf(term);
        if (i < 0) {
            throw new IllegalArgumentException(term);
        }
        return i;
    }

    private static SectorMention mention(String term, String sector) {
        return new SectorMention(at(term), at(term) + term.length(), sector, term);
    }

    public static Analysis analysis() {
        int[] headings = {0, 1, 0, 2, 0, 1, 0};
        List<ParagraphInfo> paragraphs = new ArrayList<>();
        for (int i = 0; i < LINES.length; i++) {
            List<LevelSuggestion> s = switch (i) {
                case 2 -> List.of(new LevelSuggestion(Level.LEADERSHIP, List.of("党委和政府")));
                case 4 -> List.of(new LevelSuggestion(Level.ENTERPRISE, List.of("企业")));
                case 6 -> List.of(new LevelSuggestion(Level.SUPERVISION, List.of("各部门")));
                default -> List.of();
            };
            paragraphs.add(new ParagraphInfo(i, start(i), start(i) + LINES[i].length(), headings[i], s));
        }
        List<SectorMention> sectors = List.of(mention("煤矿", "coal"), mention("瓦斯", "coal"),
                mention("燃气管道", "gas"), mention("危险化学品", "hazchem"));
        List<Obligation> obligations = List.of(
                new Obligation(start(2), start(2) + LINES[2].length(), Strength.MANDATORY, "各级党委和政府", null),
                new Obligation(start(4), start(4) + LINES[4].length(), Strength.REQUIRED, "企业", "6月底前"),
                new Obligation(start(6), at("，鼓励") + 1, Strength.REQUIRED),
                new Obligation(at("鼓励"), start(6) + LINES[6].length(), Strength.ADVISORY));
        return new Analysis(TEXT, paragraphs, sectors, obligations);
    }

    public static Speech speech() {
        return new Speech(7, "在全市安全生产工作会议上的讲话", "speech_1.txt", TEXT,
                Instant.parse("2024-03-05T10:00:00Z"), LINES.length);
    }

    /** Paragraph 2 tagged leadership by the user; paragraph 4 left to the engine's suggestion. */
    public static Map<Integer, Set<Level>> tags() {
        return Map.of(2, EnumSet.of(Level.LEADERSHIP), 6, EnumSet.of(Level.SUPERVISION, Level.ENTERPRISE));
    }

    public static List<Note> notes() {
        Instant t = Instant.parse("2024-03-06T08:00:00Z");
        return List.of(
                new Note(1, 7, at("燃气管道"), at("燃气管道") + 4, "燃气管道", "列入十月台账\n分两批整改", t, t),
                new Note(2, 7, at("瓦斯"), at("瓦斯") + 2, "瓦斯", HOSTILE, t, t));
    }

    public static SpeechWork work() {
        return new SpeechWork(speech(), analysis(), tags(), notes());
    }

    public static ReportModel model() {
        return ReportModel.build(List.of(work()), ExportFilter.NONE, SECTORS);
    }

    // ---- a speech naming sectors the user added in lexicon.tsv ---------------------------------

    /**
     * The catalogue of a lexicon.tsv declaring {@code port} then {@code campus}: declared order, not the
     * alphabet, puts port before campus.
     */
    public static final SectorCatalog USER_SECTORS = SectorCatalog.of(
            SECTORS.sectors().stream().map(s -> new SectorCatalog.Declared(s.id(), s.nameZh(), s.nameEn())).toList(),
            List.of(new SectorCatalog.Declared("port", "港口", "Ports"),
                    new SectorCatalog.Declared("campus", "校园安全", "Campus safety")));
    public static final String[] PORT_LINES = {
        "港口安全讲话",
        "港口企业必须落实防台风措施。",
        "校园、码头和煤矿都要排查隐患。",
    };
    public static final String PORT_TEXT = String.join("\n", PORT_LINES);

    /** Paragraph 1 names port (a mandatory obligation, tagged enterprise); paragraph 2 campus, port and coal. */
    public static SpeechWork portWork() {
        int p1 = PORT_LINES[0].length() + 1;
        int p2 = p1 + PORT_LINES[1].length() + 1;
        List<ParagraphInfo> paragraphs = List.of(new ParagraphInfo(0, 0, p1 - 1, 0, List.of()),
                new ParagraphInfo(1, p1, p2 - 1, 0, List.of()),
                new ParagraphInfo(2, p2, PORT_TEXT.length(), 0, List.of()));
        List<SectorMention> sectors = List.of(new SectorMention(0, 2, "port", "港口"),
                new SectorMention(p1, p1 + 2, "port", "港口"), new SectorMention(p2, p2 + 2, "campus", "校园"),
                new SectorMention(p2 + 3, p2 + 5, "port", "码头"), new SectorMention(p2 + 6, p2 + 8, "coal", "煤矿"));
        List<Obligation> obligations = List.of(new Obligation(p1, p2 - 1, Strength.MANDATORY, "港口企业", null),
                new Obligation(p2, PORT_TEXT.length(), Strength.REQUIRED));
        Speech speech = new Speech(8, PORT_LINES[0], "port.txt", PORT_TEXT, Instant.parse("2024-03-05T10:00:00Z"),
                PORT_LINES.length);
        return new SpeechWork(speech, new Analysis(PORT_TEXT, paragraphs, sectors, obligations),
                Map.of(1, EnumSet.of(Level.ENTERPRISE)), List.of());
    }

    public static ReportModel portModel(ExportFilter filter) {
        return ReportModel.build(List.of(portWork()), filter, USER_SECTORS);
    }

    public static ExportLabels portLabels(I18n i18n) {
        return new ExportLabels(i18n, USER_SECTORS);
    }
}
