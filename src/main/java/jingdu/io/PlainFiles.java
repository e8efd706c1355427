package jingdu.io;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads and writes whole files with {@code java.io} streams instead of {@code Files.readAllBytes},
 * {@code Files.newOutputStream} and friends.
 *
 * <p>Why: on JDK 17 those {@code Files} methods open a {@code FileChannel}; the first one in a process
 * initialises {@code sun.nio.ch.IOUtil}, which loads the JDK's {@code libnet}, and libnet's
 * {@code JNI_OnLoad} creates an AF_INET, an AF_INET6 and another AF_INET socket to probe for IPv4, IPv6
 * and SO_REUSEPORT (no option turns this off). Nothing connects, but a strict firewall or audit log sees
 * an offline program create network sockets. {@code FileInputStream}/{@code FileOutputStream} do not load
 * libnet.
 * {@code OfflineTest} fails on any such socket, so a new {@code Files.readString} on a command's path
 * shows up there.
 */
public final class PlainFiles {

    private PlainFiles() {
    }

    /** Like {@code Files.readAllBytes}, including {@link NoSuchFileException} for a missing file. */
    public static byte[] readAllBytes(Path file) throws IOException {
        if (!nameSurvivesJavaIo(file)) {
            return Files.readAllBytes(file);
        }
        try (FileInputStream in = open(file)) {
            return in.readAllBytes();
        }
    }

    /**
     * {@code java.io.File} holds a name as a String: a file name whose bytes are not valid in the system's
     * encoding (a GBK name on a UTF-8 Linux desktop) does not survive the trip, and only NIO can open it.
     * For those rare files reading the file matters more than the probe sockets.
     */
    static boolean nameSurvivesJavaIo(Path file) {
        try {
            return file.toFile().toPath().equals(file);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * A new file, failing with {@link FileAlreadyExistsException} when one is already there (like
     * {@code Files.newOutputStream(file, CREATE_NEW, WRITE)}).
     */
    public static OutputStream createNew(Path file) throws IOException {
        if (!nameSurvivesJavaIo(file)) {
            return Files.newOutputStream(file, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE);
        }
        File f = file.toFile();
        if (!f.createNewFile()) {
            throw new FileAlreadyExistsException(file.toString());
        }
        return new FileOutputStream(f);
    }

    private static FileInputStream open(Path file) throws IOException {
        try {
            return new FileInputStream(file.toFile());
        } catch (FileNotFoundException e) {
            if (Files.notExists(file)) {
                NoSuchFileException missing = new NoSuchFileException(file.toString());
                missing.initCause(e);
                throw missing;
            }
            throw e; // a directory, or not readable: its message says which
        }
    }
}
