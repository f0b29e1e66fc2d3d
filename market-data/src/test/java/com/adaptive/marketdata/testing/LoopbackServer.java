package com.adaptive.marketdata.testing;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A real HTTP server on 127.0.0.1 (random port) answering with a scripted handler and recording every request. */
public final class LoopbackServer implements AutoCloseable {

    /** A request as received. */
    public record Request(String method, URI uri, Map<String, List<String>> headers, byte[] body) {
        /** A query parameter, or null. */
        public String param(String name) {
            List<String> values = params().get(name);
            return values == null ? null : values.get(0);
        }

        /** All query parameters in order. */
        public Map<String, List<String>> params() {
            Map<String, List<String>> out = new LinkedHashMap<>();
            String query = uri.getRawQuery();
            if (query == null) {
                return out;
            }
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            }
            return out;
        }

        /** A header (case-insensitive), or null. */
        public String header(String name) {
            for (Map.Entry<String, List<String>> e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    /** A scripted answer. */
    public record Reply(int status, Map<String, String> headers, String body) {
        public static Reply json(String body) {
            return new Reply(200, Map.of("Content-Type", "application/json"), body);
        }

        public static Reply status(int status, String body) {
            return new Reply(status, Map.of("Content-Type", "application/json"), body);
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> h = new LinkedHashMap<>(headers);
            h.put(name, value);
            return new Reply(status, h, body);
        }
    }

    static {
        // the JDK server writes headers and body separately; without TCP_NODELAY small responses stall on Nagle
        // plus delayed ACK (~40 ms each), which would measure the test server, not the client
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private final HttpServer server;
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());

    private LoopbackServer(HttpServer server) {
        this.server = server;
    }

    public static LoopbackServer start(Function<Request, Reply> handler) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            LoopbackServer loopback = new LoopbackServer(server);
            server.createContext("/", exchange -> {
                byte[] body = exchange.getRequestBody().readAllBytes();
                Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI(),
                        Map.copyOf(exchange.getRequestHeaders()), body);
                loopback.requests.add(request);
                Reply reply;
                try {
                    reply = handler.apply(request);
                } catch (RuntimeException e) {
                    reply = Reply.status(500, "{\"error\":\"test handler failed: " + e + "\"}");
                }
                byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
                reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
                exchange.sendResponseHeaders(reply.status(), out.length == 0 ? -1 : out.length);
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            });
            server.start();
            return loopback;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start loopback server", e);
        }
    }

    public URI baseUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
