package jingdu.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One window per data file. A second start on the same file (the desktop's "Open with" while Jingdu is
 * open, or the menu entry clicked again) hands its files to the running window and exits, instead of
 * opening a second window that writes the same library.
 *
 * <p>The running window listens on a Unix-domain socket beside the data file: a local file, not a network
 * port, readable only by the user who owns the data directory. Java supports these sockets on Linux, macOS
 * and Windows 10 (1803) or later; where they are unavailable every start simply opens its own window.
 * The message is the files' absolute paths, one per line, UTF-8; an empty message just brings the window
 * to the front.
 */
public final class SingleInstance implements AutoCloseable {

    /** Longer socket paths are refused by the operating system (sun_path is 104–108 bytes). */
    static final int MAX_PATH_BYTES = 100;

    private final Path socket;
    private final ServerSocketChannel server;
    private final Thread listener;

    private SingleInstance(Path socket, ServerSocketChannel server, Consumer<List<Path>> onFiles) {
        this.socket = socket;
        this.server = server;
        this.listener = new Thread(() -> serve(onFiles), "jingdu-single-instance");
        listener.setDaemon(true);
        listener.start();
    }

    /** The socket for a data file: {@code .jingdu.db.window} beside it; null when its path is too long to use. */
    public static Path socketFor(Path dataFile) {
        Path abs = dataFile.toAbsolutePath().normalize();
        Path socket = abs.resolveSibling("." + abs.getFileName() + ".window");
        return socket.toString().getBytes(StandardCharsets.UTF_8).length <= MAX_PATH_BYTES ? socket : null;
    }

    /**
     * Hands {@code files} to the window already open on this socket. False when there is none (no socket
     * file, or a stale one left by a window that was killed), so the caller opens its own.
     */
    public static boolean handOver(Path socket, List<Path> files) {
        if (socket == null || !Files.exists(socket)) {
            return false;
        }
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            StringBuilder message = new StringBuilder();
            for (Path f : files) {
                message.append(f.toAbsolutePath()).append('\n');
            }
            ByteBuffer out = ByteBuffer.wrap(message.toString().getBytes(StandardCharsets.UTF_8));
            while (out.hasRemaining()) {
                channel.write(out);
            }
            channel.shutdownOutput();
            // wait for the window's "ok": it has taken the files (or died, and then the read ends at once)
            return "ok".equals(readAll(channel).strip());
        } catch (IOException | UnsupportedOperationException e) {
            return false; // nobody listening: a stale socket file, or no Unix-domain sockets on this system
        }
    }

    /**
     * Starts listening for later starts on this socket; {@code onFiles} runs on the listener's thread for
     * each hand-over. Null when this system cannot (the window then works alone, as before).
     */
    public static SingleInstance listen(Path socket, Consumer<List<Path>> onFiles) {
        if (socket == null) {
            return null;
        }
        try {
            Files.deleteIfExists(socket); // left by a window that was killed; handOver found nobody behind it
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            return new SingleInstance(socket, server, onFiles);
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
    }

    private void serve(Consumer<List<Path>> onFiles) {
        while (server.isOpen()) {
            try (SocketChannel client = server.accept()) {
                List<Path> files = new ArrayList<>();
                for (String line : readAll(client).split("\n")) {
                    if (!line.isBlank()) {
                        files.add(Path.of(line));
                    }
                }
                onFiles.accept(List.copyOf(files));
                client.write(ByteBuffer.wrap("ok\n".getBytes(StandardCharsets.UTF_8)));
            } catch (ClosedChannelException e) {
                return; // closed: the window is going away
            } catch (IOException | RuntimeException e) {
                // one bad hand-over (a client that vanished, a malformed path) must not stop the next
            }
        }
    }

    private static String readAll(SocketChannel channel) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(8192);
        while (channel.read(buffer) >= 0) {
            buffer.flip();
            bytes.write(buffer.array(), 0, buffer.limit());
            buffer.clear();
            if (bytes.size() > 1 << 20) {
                throw new IOException("hand-over message too long");
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Stops listening and removes the socket file, so the next start opens its own window at once. */
    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(socket);
        } catch (IOException e) {
            // nothing to save: a leftover socket file is found stale and replaced by the next start
        }
        listener.interrupt();
    }
}
