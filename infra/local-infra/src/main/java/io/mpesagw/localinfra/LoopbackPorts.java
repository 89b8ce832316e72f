package io.mpesagw.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

/** Ports on 127.0.0.1: finding a free one, and telling whether something already listens. */
public final class LoopbackPorts {

    /**
     * Every port this JVM has handed out: the kernel may offer a just-released port again, and
     * PostgreSQL and Kafka pick theirs in parallel before either binds (they once got the same one).
     */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();
    private static final int ATTEMPTS = 100;

    private LoopbackPorts() {
    }

    /** A port free right now and never handed out before by this JVM. */
    public static int free() {
        return free(LoopbackPorts::anyFree);
    }

    static int free(IntSupplier candidates) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = candidates.getAsInt();
            if (HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("no free port on 127.0.0.1 that this JVM has not handed out already");
    }

    private static int anyFree() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on 127.0.0.1", e);
        }
    }

    /** Returns {@code port}, or a free port when it is 0. */
    public static int orFree(int port) {
        return port == 0 ? free() : port;
    }

    public static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fails with a clear message when a fixed port is taken (an earlier run still alive, usually). */
    public static void requireFree(String what, int port) {
        if (port != 0 && isListening(port)) {
            throw new IllegalStateException(what + " port " + port + " on 127.0.0.1 is already in use"
                    + " (is another stack or test run still running?)");
        }
    }
}
