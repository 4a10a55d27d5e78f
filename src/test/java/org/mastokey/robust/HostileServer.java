package org.mastokey.robust;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ServerSocketFactory;
import org.mastokey.net.DaemonThreads;

/**
 * A scriptable misbehaving server on 127.0.0.1, on raw sockets so that it can do what no HTTP
 * library lets a server do: drip bytes, reset connections, lie about lengths, answer a TLS
 * ClientHello with garbage. Each connection gets one answer and is closed; {@link #close()} ends
 * every connection still open, so a dripping answer never outlives its test.
 */
final class HostileServer implements AutoCloseable {

    /** What the client sent, as far as the server read it. */
    record Request(String method, String path, String query, Map<String, String> headers, String body) {
        String methodAndPath() {
            return method + " " + path;
        }
    }

    /** Answers one parsed request by writing (or not writing) to the socket. */
    @FunctionalInterface
    interface Script {
        void answer(Request request, Socket socket) throws IOException, InterruptedException;
    }

    /** Takes the connection before anything is read (for non-HTTP answers such as TLS garbage). */
    @FunctionalInterface
    interface RawScript {
        void answer(Socket socket) throws IOException, InterruptedException;
    }

    private final ServerSocket listener;
    private final String scheme;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean closed;

    private HostileServer(ServerSocketFactory factory, String scheme, RawScript script) {
        try {
            this.listener = factory.createServerSocket(0, 16, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.scheme = scheme;
        DaemonThreads.start(() -> acceptLoop(script), "hostile-server-accept");
    }

    /** An HTTP server that runs {@code script} for every request. */
    static HostileServer http(Script script) {
        HostileServer[] self = new HostileServer[1];
        self[0] = new HostileServer(ServerSocketFactory.getDefault(), "http", socket -> self[0].serveHttp(socket, script));
        return self[0];
    }

    /** An HTTPS server (the factory holds the certificate) that runs {@code script} after the handshake. */
    static HostileServer https(ServerSocketFactory tlsFactory, Script script) {
        HostileServer[] self = new HostileServer[1];
        self[0] = new HostileServer(tlsFactory, "https", socket -> self[0].serveHttp(socket, script));
        return self[0];
    }

    /** A TCP server that hands each connection to {@code script} unread. */
    static HostileServer raw(String scheme, RawScript script) {
        return new HostileServer(ServerSocketFactory.getDefault(), scheme, script);
    }

    URI baseUri() {
        return URI.create(scheme + "://127.0.0.1:" + port());
    }

    int port() {
        return listener.getLocalPort();
    }

    /** {@code "METHOD /path"} of every request read so far. */
    List<String> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    @Override
    public void close() {
        closed = true;
        try {
            listener.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    private void acceptLoop(RawScript script) {
        while (!closed) {
            Socket socket;
            try {
                socket = listener.accept();
            } catch (IOException e) {
                return;
            }
            open.add(socket);
            DaemonThreads.start(() -> {
                try (socket) {
                    script.answer(socket);
                } catch (IOException | InterruptedException | RuntimeException ignored) {
                    // the client hung up, or the test closed the server: both are expected here
                } finally {
                    open.remove(socket);
                }
            }, "hostile-server-conn");
        }
    }

    private void serveHttp(Socket socket, Script script) throws IOException, InterruptedException {
        socket.setSoTimeout(5_000);
        Request request = read(socket.getInputStream());
        if (request == null) {
            return;
        }
        requests.add(request.methodAndPath());
        script.answer(request, socket);
        socket.getOutputStream().flush();
    }

    private static Request read(InputStream in) throws IOException {
        String requestLine = line(in);
        if (requestLine == null || requestLine.isEmpty()) {
            return null;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            if (colon > 0) {
                headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
            }
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        String[] parts = requestLine.split(" ");
        URI target = URI.create(parts.length > 1 ? parts[1] : "/");
        return new Request(parts[0], target.getRawPath(), target.getRawQuery(), headers, body);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                String text = bytes.toString(StandardCharsets.ISO_8859_1);
                return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
            }
            bytes.write(b);
        }
        return bytes.size() == 0 ? null : bytes.toString(StandardCharsets.ISO_8859_1);
    }

    // --- scripts ------------------------------------------------------------------------------------

    /** A complete answer with a correct {@code Content-Length}. {@code extraHeaders} are "Name: value" lines. */
    static Script respond(int status, String contentType, String body, String... extraHeaders) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return (request, socket) -> {
            OutputStream out = socket.getOutputStream();
            out.write(head(status, contentType, bytes.length, extraHeaders));
            out.write(bytes);
        };
    }

    static Script json(int status, String body, String... extraHeaders) {
        return respond(status, "application/json; charset=utf-8", body, extraHeaders);
    }

    static Script html(int status, String body) {
        return respond(status, "text/html; charset=utf-8", body);
    }

    /** A redirect to {@code location} (resolved by the client against the request). */
    static Script redirect(int status, String location) {
        return respond(status, "text/html", "", "Location: " + location);
    }

    /** Announces {@code declared} bytes, sends {@code body}, then waits a second per byte of it. */
    static Script drip(String contentType, int declared, String body) {
        return (request, socket) -> {
            OutputStream out = socket.getOutputStream();
            out.write(head(200, contentType, declared, new String[0]));
            out.flush();
            for (byte b : body.getBytes(StandardCharsets.UTF_8)) {
                out.write(b);
                out.flush();
                Thread.sleep(1_000);
            }
        };
    }

    /** Reads the request and then says nothing until the test closes the server. */
    static Script silence() {
        return (request, socket) -> Thread.sleep(60_000);
    }

    /** Sends a TCP reset instead of an answer. */
    static Script reset() {
        return (request, socket) -> {
            socket.setSoLinger(true, 0);
            socket.close();
        };
    }

    /** Declares a long body, sends a little of it and hangs up. */
    static Script truncatedBody(String contentType, String part, int declared) {
        return (request, socket) -> {
            OutputStream out = socket.getOutputStream();
            out.write(head(200, contentType, declared, new String[0]));
            out.write(part.getBytes(StandardCharsets.UTF_8));
            out.flush();
        };
    }

    /** A body of {@code size} bytes, generated as it is written. */
    static Script huge(String contentType, int size) {
        return (request, socket) -> {
            OutputStream out = socket.getOutputStream();
            out.write(head(200, contentType, size, new String[0]));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            chunk[0] = '[';
            try {
                for (int sent = 0; sent < size; sent += chunk.length) {
                    out.write(chunk, 0, Math.min(chunk.length, size - sent));
                    chunk[0] = ' ';
                }
            } catch (SocketException clientGaveUp) {
                // expected: the client stops reading past its limit
            }
        };
    }

    /** Routes on {@code "METHOD /path"} or {@code "/path"}; anything else gets Mastodon's JSON 404. */
    static Script routes(Map<String, Script> routes) {
        Script notFound = json(404, "{\"error\":\"Record not found\"}");
        return (request, socket) -> routes.getOrDefault(request.methodAndPath(),
                routes.getOrDefault(request.path(), routes.getOrDefault("*", notFound))).answer(request, socket);
    }

    private static byte[] head(int status, String contentType, long length, String[] extraHeaders) {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        head.append("Content-Length: ").append(length).append("\r\n").append("Connection: close\r\n");
        for (String header : extraHeaders) {
            head.append(header).append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 302 -> "Found";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 422 -> "Unprocessable Entity";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            default -> "Whatever";
        };
    }
}
