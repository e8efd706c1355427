package jingdu.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import jingdu.app.Services;
import jingdu.app.search.Search;
import jingdu.app.search.SearchHit;
import jingdu.app.search.SearchPage;
import jingdu.app.search.SearchQuery;
import jingdu.app.SingleLine;
import jingdu.model.Level;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", sortOptions = false, mixinStandardHelpOptions = true)
final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "QUERY", descriptionKey = "query")
    List<String> words = new ArrayList<>();

    @Option(names = "--sector", paramLabel = "ID")
    List<String> sectors = new ArrayList<>();

    @Option(names = "--tag", paramLabel = "LEVEL")
    List<String> tags = new ArrayList<>();

    @Option(names = "--level", paramLabel = "LEVEL")
    List<String> levels = new ArrayList<>();

    @Option(names = "--from", paramLabel = "YYYY-MM-DD")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD")
    LocalDate to;

    @Option(names = "--page", paramLabel = "N", defaultValue = "1")
    int page;

    @Option(names = "--json")
    boolean json;

    @Mixin
    DbOption db;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Set<Level> tagLevels = JingduCli.parseLevels(tags);
        Set<Level> shownLevels = JingduCli.parseLevels(levels);
        if (tagLevels == null || shownLevels == null) {
            err.println(JingduCli.I18N.get("cli.error.usage", "LEVEL: leadership, supervision, enterprise"));
            return 2;
        }
        if (page < 1 || page > Search.MAX_PAGE) {
            err.println(JingduCli.I18N.get("cli.error.usage", "--page N: 1–" + Search.MAX_PAGE));
            return 2;
        }
        String unknownSector = JingduCli.unknownSector(sectors, db.file());
        if (unknownSector != null) {
            err.println(unknownSector);
            return 2;
        }
        SearchQuery query = new SearchQuery(String.join(" ", words), Set.copyOf(sectors), tagLevels, shownLevels, from, to, page - 1);
        try (Services services = db.open()) {
            Search search = services.search();
            if (search.needsAnalysis(query)) {
                err.println(JingduCli.I18N.get("search.analysing"));
                search.analysePending(services.newEngine());
            }
            SearchPage result = search.search(query);
            if (json) {
                out.println(toJson(result));
            } else {
                for (SearchHit h : result.hits()) {
                    // one line per hit whatever a title or a paragraph holds (tabs, bidi controls)
                    out.println(h.speechId() + "\t" + h.paragraph() + "\t" + (h.isNote() ? h.noteId() : "-") + "\t"
                            + SingleLine.clean(h.title()) + "\t" + SingleLine.clean(marked(h)));
                }
                if (result.hasMore()) {
                    err.println(JingduCli.I18N.get("search.cli.more", page + 1));
                }
                if (result.hits().isEmpty()) {
                    err.println(JingduCli.I18N.get("search.none"));
                }
            }
        }
        return 0;
    }

    private static String marked(SearchHit h) {
        String s = h.snippet();
        return s.substring(0, h.hitStart()) + "【" + s.substring(h.hitStart(), h.hitEnd()) + "】" + s.substring(h.hitEnd());
    }

    private static String toJson(SearchPage page) {
        JsonObject root = new JsonObject();
        root.addProperty("query", page.query().text());
        root.addProperty("page", page.page() + 1);
        root.addProperty("hasMore", page.hasMore());
        JsonArray hits = new JsonArray();
        for (SearchHit h : page.hits()) {
            JsonObject o = new JsonObject();
            o.addProperty("speech", h.speechId());
            o.addProperty("title", h.title());
            o.addProperty("paragraph", h.paragraph());
            o.addProperty("note", h.noteId());
            o.addProperty("start", h.start());
            o.addProperty("end", h.end());
            o.addProperty("snippet", h.snippet());
            o.addProperty("hitStart", h.hitStart());
            o.addProperty("hitEnd", h.hitEnd());
            hits.add(o);
        }
        root.add("hits", hits);
        return new GsonBuilder().disableHtmlEscaping().serializeNulls().create().toJson(root);
    }

}
