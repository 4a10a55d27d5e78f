package org.mastokey.cli;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * While a child command runs, passes the signals that ask Mastokey to stop (TERM, HUP; INT too when
 * no terminal is attached) on to the child and keeps Mastokey waiting for its exit status. With a
 * terminal, Ctrl+C already reaches the child, which shares Mastokey's process group: Mastokey then
 * only ignores it, so the child is not interrupted twice. The handlers are in place before the child
 * starts; a signal that arrives in between is passed on as soon as the child exists.
 *
 * <p>The JDK's only way to handle a signal is {@code sun.misc.Signal} (module jdk.unsupported, kept
 * for this use until the JDK has a supported one). javac warns about every direct use as "internal
 * proprietary API", a warning no -Xlint option or annotation turns off, and the build treats warnings
 * as errors: so it is called by reflection, here and nowhere else.
 */
final class SignalRelay implements AutoCloseable {
    private interface C extends Library {
        int kill(int pid, int signal);
    }

    private final List<Object> signals = new ArrayList<>();
    private final List<Object> previous = new ArrayList<>();
    private final CompletableFuture<Process> child = new CompletableFuture<>();

    private SignalRelay() {
    }

    /** Takes over the signals now; {@link #attach} names the child they go to once it has started. */
    static SignalRelay install(boolean atTerminal) {
        SignalRelay relay = new SignalRelay();
        relay.relay("TERM", 15);
        relay.relay("HUP", 1);
        if (atTerminal) {
            relay.install("INT", () -> { });
        } else {
            relay.relay("INT", 2);
        }
        return relay;
    }

    void attach(Process process) {
        child.complete(process);
    }

    private void relay(String name, int number) {
        install(name, () -> child.thenAccept(process -> send(process, number)));
    }

    private void install(String name, Runnable handler) {
        if (JdkSignals.MISSING) {
            return;
        }
        try {
            Object signal = JdkSignals.signal(name);
            previous.add(JdkSignals.handle(signal, JdkSignals.handler(handler)));
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
            JdkSignals.handle(signals.get(i), previous.get(i));
        }
    }

    /** {@code new Signal(name)}, {@code Signal.handle(signal, handler)} and a {@code SignalHandler}. */
    private static final class JdkSignals {
        private static final Class<?> HANDLER;
        private static final Constructor<?> NEW_SIGNAL;
        private static final Method HANDLE;
        /** A JDK without jdk.unsupported: no signal is relayed, the child still runs. */
        static final boolean MISSING;

        static {
            Class<?> handler = null;
            Constructor<?> newSignal = null;
            Method handle = null;
            try {
                Class<?> signal = Class.forName("sun.misc.Signal");
                handler = Class.forName("sun.misc.SignalHandler");
                newSignal = signal.getConstructor(String.class);
                handle = signal.getMethod("handle", signal, handler);
            } catch (ReflectiveOperationException e) {
                handler = null;
                newSignal = null;
                handle = null;
            }
            HANDLER = handler;
            NEW_SIGNAL = newSignal;
            HANDLE = handle;
            MISSING = handler == null;
        }

        private JdkSignals() {
        }

        /** @throws IllegalArgumentException for a signal this system does not have */
        static Object signal(String name) {
            return call(() -> NEW_SIGNAL.newInstance(name));
        }

        /** @return the handler it replaces; @throws IllegalArgumentException for a signal the JVM keeps */
        static Object handle(Object signal, Object handler) {
            return call(() -> HANDLE.invoke(null, signal, handler));
        }

        static Object handler(Runnable action) {
            return Proxy.newProxyInstance(SignalRelay.class.getClassLoader(), new Class<?>[] {HANDLER},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "handle" -> {
                            action.run();
                            yield null;
                        }
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        case "toString" -> "mastokey signal relay";
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }

        private interface Reflective {
            Object run() throws ReflectiveOperationException;
        }

        private static Object call(Reflective call) {
            try {
                return call.run();
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof IllegalArgumentException refused) {
                    throw refused;
                }
                throw new IllegalStateException("sun.misc.Signal failed", e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("sun.misc.Signal is not usable", e);
            }
        }
    }
}
