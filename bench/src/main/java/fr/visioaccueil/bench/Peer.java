package fr.visioaccueil.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One side's signaling connection: sends chat messages carrying their send time (System.nanoTime, one JVM for both
 * sides) and records, for each one relayed from the other side, how long the platform took.
 */
final class Peer implements WebSocket.Listener {

    static final AtomicLong ERRORS = new AtomicLong();
    static final AtomicLong CLOSED = new AtomicLong();
    static final AtomicLong SKIPPED = new AtomicLong();
    static volatile Figures latencies = new Figures();

    private final StringBuilder partial = new StringBuilder();
    private volatile WebSocket socket;
    private CompletableFuture<WebSocket> sending = CompletableFuture.completedFuture(null);

    /** Opens the connection with the page's Origin, and joins the room as the page does. */
    CompletableFuture<Peer> open(HttpClient client, String base, String pass, String instance) {
        return client.newWebSocketBuilder().header("Origin", base).connectTimeout(Duration.ofSeconds(20))
                .buildAsync(URI.create(base.replaceFirst("^http", "ws") + "/visio/signalisation?jeton=" + pass), this)
                .thenCompose(opened -> opened.sendText("{\"type\":\"join\",\"instance\":\"" + instance + "\"}", true))
                .thenApply(opened -> this);
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        socket = webSocket;
        webSocket.request(1);
    }

    /** One chat message stamped now; skipped (and counted) while the previous one is still being written. */
    void sendStamped() {
        if (!sending.isDone()) {
            SKIPPED.incrementAndGet();
            return;
        }
        sending = socket.sendText("{\"type\":\"chat\",\"text\":\"" + System.nanoTime() + "\"}", true);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        long received = System.nanoTime();
        partial.append(data);
        if (last) {
            String message = partial.toString();
            partial.setLength(0);
            if (message.contains("\"type\":\"chat\"")) {
                String sent = message.substring(message.indexOf("\"text\":\"") + 8, message.lastIndexOf('"'));
                latencies.add((received - Long.parseLong(sent)) / 1e6);
            } else if (message.contains("\"type\":\"error\"")) {
                ERRORS.incrementAndGet();
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        CLOSED.incrementAndGet();
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        CLOSED.incrementAndGet();
    }
}
