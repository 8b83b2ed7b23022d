package fr.visioaccueil.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The table of the signaling capacity benchmark, one row per step, and the largest N that met the goal. */
final class Report {

    private final StringBuilder rows = new StringBuilder();
    private final double rate;
    private final int seconds;
    private final String platformPid;
    private int best;
    private long bestRss;

    Report(double rate, int seconds, String platformPid) {
        this.rate = rate;
        this.seconds = seconds;
        this.platformPid = platformPid;
    }

    /**
     * Adds a step; false when the load should go no higher: connections failed, or the p99 is ten times the goal
     * (saturated). A step just over the goal does not stop the run: on a noisy machine the next may meet it.
     */
    boolean add(int wanted, int open, long failed, SignalingLoad.Step step) throws IOException {
        long rss = SignalingLoad.rssKib(platformPid);
        long own = SignalingLoad.rssKib(SignalingLoad.OWN_PID);
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        boolean met = open >= wanted && failed == 0 && step.closed() == 0 && step.p99() <= SignalingLoad.GOAL_P99_MS;
        String row = String.format(Locale.ROOT,
                "| %,d | %,d | %,d | %,d | %s | %s | %d / %d / %d | %s | %s | %.0f %% / %.0f %% | %s | %s |%n",
                wanted, open, failed, step.messages(), Figures.ms(step.p50()), Figures.ms(step.p99()), step.errors(),
                step.skipped(), step.closed(), SignalingLoad.mib(rss), SignalingLoad.mib(own), step.platformCpu(),
                step.generatorCpu(), load, met ? "yes" : "no");
        System.out.print(row);
        rows.append(row);
        if (met && wanted > best) {
            best = wanted;
            bestRss = rss;
        }
        return open >= wanted && failed == 0 && step.p99() <= 10 * SignalingLoad.GOAL_P99_MS;
    }

    String markdown() {
        return String.format(Locale.ROOT, """
                Each connection sends %.2f chat message per second (the other side of its interview receives it); %d s
                measured per step after the connections of the step are open.

                | N connections | open | refused or failed | messages relayed | p50 | p99 | error replies / sends skipped / closed | platform RSS | generator RSS | CPU platform / generator (100 %% = one core) | load | p99 ≤ 50 ms |
                |---|---|---|---|---|---|---|---|---|---|---|---|
                %s
                **Largest N with p99 ≤ 50 ms: %,d connections** (%s), platform RSS there: %s. Goal: ≥ 10,000.
                """, rate, seconds, rows, best, best >= 10_000 ? "goal met" : "goal not met", SignalingLoad.mib(bestRss));
    }
}
