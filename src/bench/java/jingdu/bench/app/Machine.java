package jingdu.bench.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One line saying what machine a bench ran on, for the table in the README. */
public final class Machine {

    private Machine() {
    }

    public static String describe() {
        Runtime rt = Runtime.getRuntime();
        return String.format("%s; %d cores; %s RAM; %s %s; Java %s (%s); max heap %d MB", cpu(), rt.availableProcessors(),
                memory(), System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("java.version"), System.getProperty("java.vm.name"), rt.maxMemory() >> 20);
    }

    /** The CPU's model name where the system says it (Linux), else the architecture. */
    private static String cpu() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            return lines.stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse(System.getProperty("os.arch"));
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch");
        }
    }

    private static String memory() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/meminfo"));
            return lines.stream().filter(l -> l.startsWith("MemTotal")).findFirst()
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024 / 1024 + " GB").orElse("?");
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
