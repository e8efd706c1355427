package jingdu.store;

import java.nio.file.Path;
import java.util.List;

import jingdu.app.Library;
import jingdu.model.Level;
import jingdu.model.Speech;

/**
 * Child process for {@link CrashSafetyTest}: writes notes and tags in a loop and prints
 * {@code ack <n>} only after each write has committed. The parent kills it at random moments.
 * Usage: CrashWriter DB_FILE FIRST_N
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        try (Library library = Library.open(db)) {
            Speech speech = library.list().isEmpty()
                    ? library.importString("一、各乡镇要加强燃气安全检查。\n二、企业必须落实主体责任。\n三、各部门要督促整改。", "crash.txt")
                    : library.find(library.list().get(0).id()).orElseThrow();
            System.out.println("ready");
            System.out.flush();
            Level[] levels = Level.values();
            while (true) {
                if (n % 2 == 0) {
                    library.notes().add(speech.id(), 0, 2, speech.text().substring(0, 2), "n-" + n);
                } else {
                    library.tags().set(speech.id(), List.of(n % 3), levels[n % 3], (n / 3) % 2 == 0);
                }
                System.out.println("ack " + n);
                System.out.flush();
                n++;
            }
        }
    }
}
