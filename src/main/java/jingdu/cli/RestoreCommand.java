package jingdu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

import jingdu.app.Library;
import jingdu.app.library.Recovery;
import jingdu.i18n.UserFailure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "restore", mixinStandardHelpOptions = true)
final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "BACKUP", arity = "0..1", descriptionKey = "backup")
    Path backup;

    @Mixin
    DbOption db;

    @Override
    public Integer call() {
        Path file = db.file();
        Path from = backup;
        if (from == null) {
            // the newest backup that passes its check, never a damaged one
            Optional<Path> sound = Recovery.latestSoundBackup(file);
            if (sound.isEmpty()) {
                spec.commandLine().getErr().println(JingduCli.I18N.get("store.error.noBackup", file));
                return 1;
            }
            from = sound.get();
        }
        Recovery.verify(from);
        Library library;
        try {
            library = Library.open(file);
        } catch (UserFailure e) {
            if (!Files.exists(file) || !Recovery.canRecover(e)) {
                throw e;
            }
            Recovery.Recovered recovered = Recovery.recover(file, from);
            recovered.library().close();
            spec.commandLine().getOut().println(JingduCli.I18N.get("store.restored.damaged", from, recovered.damagedFileKeptAt()));
            return 0;
        }
        try (library) {
            Path safety = library.restore(from);
            spec.commandLine().getOut().println(JingduCli.I18N.get("store.restored", from, safety));
        }
        return 0;
    }
}
