package fr.visioaccueil.visio;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** One side's signaling connection as a test drives it: send text, read what arrives, in order. */
final class SignalingClient implements AutoCloseable {

    private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closedWith = new CompletableFuture<>();
    private final WebSocket socket;

    private SignalingClient(int port, String origin, String token) {
        StringBuilder partial = new StringBuilder();
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().header("Origin", origin)
                .connectTimeout(Duration.ofSeconds(5))
                .buildAsync(URI.create("ws://127.0.0.1:" + port + "/visio/signalisation?jeton=" + token),
                        new WebSocket.Listener() {
                            @Override
                            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                                partial.append(data);
                                if (last) {
                                    received.add(partial.toString());
                                    partial.setLength(0);
                                }
                                webSocket.request(1);
                                return null;
                            }

                            @Override
                            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                                closedWith.complete(statusCode);
                                return null;
                            }
                        }).join();
    }

    static SignalingClient open(int port, String token) {
        return new SignalingClient(port, "http://127.0.0.1:" + port, token);
    }

    /** The HTTP status the handshake was refused with, or 101 if it was accepted. */
    static int handshakeStatus(int port, String origin, String token) {
        try (SignalingClient accepted = new SignalingClient(port, origin, token)) {
            return 101;
        } catch (CompletionException refused) {
            if (refused.getCause() instanceof WebSocketHandshakeException handshake) {
                return handshake.getResponse().statusCode();
            }
            throw refused;
        }
    }

    SignalingClient send(String text) {
        socket.sendText(text, true).join();
        return this;
    }

    /** The next message, waiting up to five seconds; null if none came. */
    String next() throws InterruptedException {
        return received.poll(5, TimeUnit.SECONDS);
    }

    /** Everything that arrived within this delay. */
    java.util.List<String> drain(Duration quiet) throws InterruptedException {
        java.util.List<String> all = new java.util.ArrayList<>();
        String message;
        while ((message = received.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
            all.add(message);
        }
        return all;
    }

    /** The close code the server sent, waiting up to five seconds. */
    int closedWith() throws Exception {
        return closedWith.get(5, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(gone -> null).join();
    }
}
