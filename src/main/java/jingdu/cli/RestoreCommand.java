package jingdu.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;

import jingdu.app.Library;
import jingdu.app.Recovery;
import jingdu.store.Backups;
import jingdu.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "restore", mixinStandardHelpOptions = true, description = "Restore the library from a backup (default: the newest automatic one). "
        + "The current state is backed up first; a damaged library file is kept aside, never deleted.")
final class RestoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "BACKUP", arity = "0..1")
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
        Backups.verify(from);
        Library library;
        try {
            library = Library.open(file);
        } catch (StoreException e) {
            if (!Files.exists(file) || !Recovery.canRecover(e)) {
                throw e;
            }
            Path aside = Backups.recover(file, from, Clock.systemDefaultZone());
            spec.commandLine().getOut().println(JingduCli.I18N.get("store.restored.damaged", from, aside));
            return 0;
        }
        try (library) {
            Path safety = new Backups(library.database()).restore(from);
            spec.commandLine().getOut().println(JingduCli.I18N.get("store.restored", from, safety));
        }
        return 0;
    }
}
