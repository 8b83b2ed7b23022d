package fr.visioaccueil.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The floor: the same two Chromiums on a bare page each (floor.html, served here on 127.0.0.1), the driver itself
 * carrying the SDP and candidates between them, no platform. Timed from the moment the call starts.
 */
final class FloorCall implements AutoCloseable {

    private static final long TIMEOUT_MS = Marks.FRAME_WAIT.toMillis();

    private final HttpServer server;
    private final String page;
    private final JavascriptExecutor caller;
    private final JavascriptExecutor callee;

    FloorCall(WebDriver caller, WebDriver callee) throws IOException {
        byte[] html = Chromium.resource("floor.html").getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/floor", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html;charset=utf-8");
            exchange.sendResponseHeaders(200, html.length);
            exchange.getResponseBody().write(html);
            exchange.close();
        });
        server.start();
        page = "http://127.0.0.1:" + server.getAddress().getPort() + "/floor";
        this.caller = (JavascriptExecutor) caller;
        this.callee = (JavascriptExecutor) callee;
    }

    /** Start time (the caller's, ms since the epoch), and the marks of the caller's and the callee's pages. */
    record Result(double start, Marks caller, Marks callee) {
    }

    Result run() throws InterruptedException {
        ((WebDriver) caller).get(page);
        ((WebDriver) callee).get(page);
        caller.executeScript("floor.start(true);");
        callee.executeScript("floor.start(false);");
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        Marks[] marks = new Marks[2];
        while (marks[0] == null || !marks[0].has("frame") || !marks[1].has("frame")) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("no first frame on the floor pages after " + TIMEOUT_MS + " ms");
            }
            marks[0] = carry(caller, callee);
            marks[1] = carry(callee, caller);
            Thread.sleep(1);
        }
        return new Result(Math.min(marks[0].at("start"), marks[1].at("start")), marks[0], marks[1]);
    }

    /** Takes what one page has to send, hands it to the other; gives back the sending page's marks. */
    @SuppressWarnings("unchecked")
    private static Marks carry(JavascriptExecutor from, JavascriptExecutor to) {
        Map<String, Object> taken = (Map<String, Object>) from.executeScript("return floor.take();");
        List<Object> messages = (List<Object>) taken.get("messages");
        if (!messages.isEmpty()) {
            to.executeScript("floor.receive(arguments[0]);", messages);
        }
        return new Marks((Map<String, Number>) taken.get("marks"));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
