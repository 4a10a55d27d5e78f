package org.mastokey.cli;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * While a child command runs, passes the signals that ask Mastokey to stop (TERM, HUP; INT too when
 * no terminal is attached) on to the child and keeps Mastokey waiting for its exit status. With a
 * terminal, Ctrl+C already reaches the child, which shares Mastokey's process group: Mastokey then
 * only ignores it, so the child is not interrupted twice. The handlers are in place before the child
 * starts; a signal that arrives in between is passed on as soon as the child exists.
 */
final class SignalRelay implements AutoCloseable {
    private interface C extends Library {
        int kill(int pid, int signal);
    }

    private final List<Signal> signals = new ArrayList<>();
    private final List<SignalHandler> previous = new ArrayList<>();
    private final CompletableFuture<Process> child = new CompletableFuture<>();

    private SignalRelay() {
    }

    /** Takes over the signals now; {@link #attach} names the child they go to once it has started. */
    static SignalRelay install(boolean atTerminal) {
        SignalRelay relay = new SignalRelay();
        relay.relay("TERM", 15);
        relay.relay("HUP", 1);
        if (atTerminal) {
            relay.install("INT", signal -> { });
        } else {
            relay.relay("INT", 2);
        }
        return relay;
    }

    void attach(Process process) {
        child.complete(process);
    }

    private void relay(String name, int number) {
        install(name, signal -> child.thenAccept(process -> send(process, number)));
    }

    private void install(String name, SignalHandler handler) {
        try {
            Signal signal = new Signal(name);
            previous.add(Signal.handle(signal, handler));
            signals.add(signal);
        } catch (IllegalArgumentException notOnThisSystem) {
            // Windows has no HUP, and the JVM may reserve a signal for itself
        }
    }

    private static void send(Process child, int number) {
        if (Platform.isWindows() || !child.isAlive()) {
            child.destroy();
            return;
        }
        try {
            Native.load("c", C.class).kill((int) child.pid(), number);
        } catch (UnsatisfiedLinkError noLibc) {
            child.destroy(); // TERM at least
        }
    }

    @Override
    public void close() {
        for (int i = 0; i < signals.size(); i++) {
            Signal.handle(signals.get(i), previous.get(i));
        }
    }
}
