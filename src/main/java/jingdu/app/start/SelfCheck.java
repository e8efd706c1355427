package jingdu.app.start;

import java.io.PrintStream;
import java.nio.file.Path;

import jingdu.analysis.Analyzer;
import jingdu.app.Library;
import jingdu.text.TextLayout;
import jingdu.model.Analysis;

/**
 * {@code --self-check}: proves an installed copy works without a window — the engine analyses the
 * bundled sample and finds sectors and obligations, and the database opens and passes SQLite's
 * integrity check. Exit status 0 when all is well.
 */
public final class SelfCheck {

    private SelfCheck() {
    }

    public static int run(Path dbFile, PrintStream out) {
        boolean ok = true;
        try {
            long t0 = System.nanoTime();
            Analysis a = new Analyzer().analyze(TextLayout.normalize(Samples.sampleText()));
            long ms = (System.nanoTime() - t0) / 1_000_000;
            boolean found = !a.sectors().isEmpty() && !a.obligations().isEmpty() && !a.paragraphs().isEmpty();
            out.printf("analysis: %s (%d paragraphs, %d sector mentions, %d obligations, %d ms)%n",
                    found ? "ok" : "FAILED", a.paragraphs().size(), a.sectors().size(), a.obligations().size(), ms);
            ok &= found;
        } catch (RuntimeException | Error e) {
            out.println("analysis: FAILED " + e);
            ok = false;
        }
        try (Library library = Library.open(dbFile)) {
            String integrity = library.database().verifyFully() ? "ok" : "damaged";
            out.printf("database: %s (%s, %d speeches, integrity %s)%n", "ok".equals(integrity) ? "ok" : "FAILED",
                    dbFile.toAbsolutePath(), library.speeches().count(), integrity);
            ok &= "ok".equals(integrity);
        } catch (RuntimeException e) {
            out.println("database: FAILED " + e.getMessage());
            ok = false;
        }
        out.println(ok ? "self-check: ok" : "self-check: FAILED");
        return ok ? 0 : 1;
    }
}
