package fr.visioaccueil.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Signaling capacity: N concurrent WebSocket connections to /visio/signalisation, in pairs (the point and the agent
 * of one admitted interview), each sending a chat message stamped with its send time at RATE per second; the relay
 * latency p50 and p99 at each step, until connections fail or the platform saturates (see {@link Report#add}).
 * Usage: SignalingLoad base-url jdbc-url steps(1000,2000,…) rate seconds-per-step platform-pid report.md
 */
public final class SignalingLoad {

    static final double GOAL_P99_MS = 50;
    private static final int BATCH = 200;
    private static final long TICK_MS = 50;
    static final String OWN_PID = Long.toString(ProcessHandle.current().pid());
    /** USER_HZ, 100 on every Linux this runs on. */
    private static final long CLOCK_TICKS = 100;

    private final String base;
    private final String platformPid;
    private final RoomPassesForBench passes;
    private final HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(4)).build();
    private final List<Peer> peers = new ArrayList<>();
    private int opened;
    private long failed;

    SignalingLoad(String base, String platformPid, RoomPassesForBench passes) {
        this.base = base;
        this.platformPid = platformPid;
        this.passes = passes;
    }

    public static void main(String[] args) throws Exception {
        int[] steps = Arrays.stream(args[2].split(",")).mapToInt(Integer::parseInt).sorted().toArray();
        double rate = Double.parseDouble(args[3]);
        int seconds = Integer.parseInt(args[4]);
        SignalingLoad load = new SignalingLoad(args[0], args[5],
                new RoomPassesForBench(args[1], steps[steps.length - 1] / 2));
        Report report = new Report(rate, seconds, args[5]);
        for (int connections : steps) {
            load.openUntil(connections);
            // connections last as long as an interview: measure the steady state, not the copying of the new
            // connections' buffers through the young generation that follows their opening
            Thread.sleep(Long.parseLong(System.getProperty("settle.seconds", "10")) * 1000);
            Step step = load.measure(rate, seconds);
            if (!report.add(connections, load.peers.size(), load.failed, step)) {
                break;
            }
        }
        System.out.println(report.markdown());
        Files.writeString(Path.of(args[6]), report.markdown());
        System.exit(0);
    }

    /** Opens pairs, a batch at a time (as pages arrive, not all in one instant), until N connections are tried. */
    private void openUntil(int connections) {
        while (2 * opened < connections) {
            List<CompletableFuture<Peer>> batch = new ArrayList<>();
            while (batch.size() < BATCH && 2 * opened < connections) {
                long interview = passes.interview(opened++);
                batch.add(open(interview, "POINT"));
                batch.add(open(interview, "AGENT"));
            }
            for (CompletableFuture<Peer> peer : batch) {
                try {
                    peers.add(peer.get(30, TimeUnit.SECONDS));
                } catch (Exception refused) {
                    failed++;
                }
            }
        }
    }

    private CompletableFuture<Peer> open(long interview, String side) {
        try {
            return new Peer().open(client, base, passes.pass(interview, side), "bench-" + interview + "-" + side);
        } catch (ReflectiveOperationException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Every connection sends at {@code rate} per second, spread evenly over time, for {@code seconds}. */
    private Step measure(double rate, int seconds) throws InterruptedException {
        Figures latencies = new Figures();
        Peer.latencies = latencies;
        long errors = Peer.ERRORS.get();
        long skipped = Peer.SKIPPED.get();
        int period = Math.max(1, (int) Math.round(1000 / rate / TICK_MS));
        long platformCpu = cpuMs(platformPid);
        long ownCpu = cpuMs(OWN_PID);
        long start = System.nanoTime();
        for (long tick = 0; tick < seconds * 1000 / TICK_MS; tick++) {
            for (int i = (int) (tick % period); i < peers.size(); i += period) {
                peers.get(i).sendStamped();
            }
            long next = start + (tick + 1) * TICK_MS * 1_000_000;
            Thread.sleep(Math.max(0, (next - System.nanoTime()) / 1_000_000));
        }
        Thread.sleep(1000);
        double wallMs = (System.nanoTime() - start) / 1e6;
        return new Step(latencies.count(), latencies.median(), latencies.percentile(99),
                Peer.ERRORS.get() - errors, Peer.SKIPPED.get() - skipped, Peer.CLOSED.get(),
                100 * (cpuMs(platformPid) - platformCpu) / wallMs, 100 * (cpuMs(OWN_PID) - ownCpu) / wallMs);
    }

    /** cpu: the share of one core each process used while the step was measured (100 = one core busy). */
    record Step(int messages, double p50, double p99, long errors, long skipped, long closed, double platformCpu,
                double generatorCpu) {
    }

    /** CPU time a process has used so far (user and system, /proc/PID/stat fields 14 and 15), in ms. */
    static long cpuMs(String pid) {
        try {
            String stat = Files.readString(Path.of("/proc", pid, "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 1000 / CLOCK_TICKS;
        } catch (IOException gone) {
            return 0;
        }
    }

    static long rssKib(String pid) throws IOException {
        return Files.readAllLines(Path.of("/proc", pid, "status")).stream().filter(line -> line.startsWith("VmRSS:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", ""))).findFirst().orElse(0);
    }

    static String mib(long kib) {
        return String.format(Locale.ROOT, "%d MiB", kib / 1024);
    }
}
