package fr.visioaccueil.browser;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A network namespace of the test's own, linked to the machine by a veth pair whose inner end can be throttled
 * ({@code tc tbf}; this kernel has no netem): a Chromium started inside has a real narrow uplink. Nothing of the
 * machine's own interfaces changes, and the outer end is named {@code vmnet…}, a name WebRTC ignores, so that
 * the machine's other browsers never route a call through it. Needs root, {@code ip} and {@code tc}.
 */
final class ThrottledLink implements AutoCloseable {

    private static final int CHROMEDRIVER_PORT = 9515;

    private final String namespace;
    private final String outer;
    private final String inner;
    private final String outerAddress;
    private final String innerAddress;
    private final List<Process> processes = new ArrayList<>();

    private ThrottledLink(String id, int subnet) {
        this.namespace = "vq-" + id;
        this.outer = "vmnetvq" + id;
        this.inner = "vqin" + id;
        this.outerAddress = "10.213." + subnet + ".1";
        this.innerAddress = "10.213." + subnet + ".2";
    }

    static ThrottledLink create() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        ThrottledLink link = new ThrottledLink(Integer.toHexString(random.nextInt(0x1000, 0x10000)), random.nextInt(1, 255));
        link.run("ip", "netns", "add", link.namespace);
        link.run("ip", "link", "add", link.outer, "type", "veth", "peer", "name", link.inner, "netns", link.namespace);
        link.run("ip", "addr", "add", link.outerAddress + "/30", "dev", link.outer);
        link.run("ip", "link", "set", link.outer, "up");
        link.inside("ip", "addr", "add", link.innerAddress + "/30", "dev", link.inner);
        link.inside("ip", "link", "set", link.inner, "up");
        link.inside("ip", "link", "set", "lo", "up");
        link.inside("ip", "route", "add", "default", "via", link.outerAddress);
        return link;
    }

    /** The platform's address as seen from inside the namespace. */
    String platformUrl(int port) {
        return "http://" + outerAddress + ":" + port;
    }

    /** A Chromium with fake camera and microphone inside the namespace, driven by a chromedriver started there. */
    Browser browser(int platformPort) {
        try {
            processes.add(new ProcessBuilder("ip", "netns", "exec", namespace, Chromium.DRIVER.toString(),
                    "--port=" + CHROMEDRIVER_PORT, "--allowed-ips=" + outerAddress)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
            URL driver = URI.create("http://" + innerAddress + ":" + CHROMEDRIVER_PORT).toURL();
            awaitReady(driver);
            return Chromium.startInNamespace(platformUrl(platformPort), driver);
        } catch (IOException failure) {
            throw new IllegalStateException("Cannot start chromedriver in " + namespace, failure);
        }
    }

    /** Limits what leaves the namespace (the uplink of the browser inside) to this rate. */
    void throttle(int kilobitsPerSecond) {
        inside("tc", "qdisc", "replace", "dev", inner, "root", "tbf", "rate", kilobitsPerSecond + "kbit",
                "burst", "10kb", "latency", "200ms");
    }

    void release() {
        inside("tc", "qdisc", "del", "dev", inner, "root");
    }

    private static void awaitReady(URL driver) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> status = client.send(HttpRequest.newBuilder(URI.create(driver + "/status")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (status.body().contains("\"ready\":true")) {
                    return;
                }
            } catch (IOException notYet) {
                VisioCall.pause(Duration.ofMillis(200));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new IllegalStateException("chromedriver did not answer at " + driver);
    }

    private void inside(String... command) {
        List<String> full = new ArrayList<>(List.of("ip", "netns", "exec", namespace));
        full.addAll(List.of(command));
        run(full.toArray(String[]::new));
    }

    private void run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output
                        + " (the throttled-link test needs root, ip and tc)");
            }
        } catch (IOException failure) {
            throw new IllegalStateException(String.join(" ", command) + " could not run", failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(String.join(" ", command) + " interrupted", interrupted);
        }
    }

    /** Stops what runs inside, then deletes the namespace, which takes both ends of the veth pair with it. */
    @Override
    public void close() {
        processes.forEach(Process::destroyForcibly);
        run("ip", "netns", "del", namespace);
    }
}
