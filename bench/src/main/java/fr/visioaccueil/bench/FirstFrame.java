package fr.visioaccueil.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Time to first frame: the agent's click on "take" to the first remote frame painted on both sides, against the
 * floor (two bare pages, no server). Platform and floor calls alternate, so that a burst of other work on the
 * machine weighs on both. Usage: FirstFrame base-url calls warm-up report.md
 */
public final class FirstFrame {

    static final List<String> PHASES = List.of("told", "navigation", "firstByte", "page", "room", "media", "turn",
            "socket", "join", "peer", "connected", "frame");
    private static final Set<String> FLOOR_PHASES = Set.of("media", "connected", "frame");

    private final Map<String, Figures> figures = new LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int calls = Integer.parseInt(args[1]);
        int warmUp = Integer.parseInt(args[2]);
        ChromeDriver point = Chromium.withHook();
        ChromeDriver agent = Chromium.withHook();
        try (FloorCall floor = new FloorCall(agent, point)) {
            FirstFrame bench = new FirstFrame();
            PlatformCall platform = new PlatformCall(base, point, agent);
            for (int i = 1 - warmUp; i <= calls; i++) {
                bench.call(i, platform.run(), floor.run());
            }
            String report = bench.report(calls, warmUp);
            System.out.println(report);
            Files.writeString(Path.of(args[3]), report);
        } finally {
            point.quit();
            agent.quit();
        }
    }

    private Figures of(String name) {
        return figures.computeIfAbsent(name, key -> new Figures());
    }

    private void call(int i, PlatformCall.Result platform, FloorCall.Result floor) {
        double both = Math.max(platform.point().at("frame"), platform.agent().at("frame")) - platform.click();
        double bare = Math.max(floor.caller().at("frame"), floor.callee().at("frame")) - floor.start();
        System.out.printf(Locale.ROOT, "call %3d: platform %5.0f ms (point %5.0f, agent %5.0f), floor %5.0f ms%s%n", i,
                both, platform.point().since(platform.click(), "frame"), platform.agent().since(platform.click(), "frame"),
                bare, i < 1 ? " (warm-up, not counted)" : "");
        if (i < 1) {
            return;
        }
        of("platform").add(both);
        of("floor").add(bare);
        for (String phase : PHASES) {
            of("point " + phase).add(platform.point().since(platform.click(), phase));
            of("agent " + phase).add(platform.agent().since(platform.click(), phase));
            of("floor caller " + phase).add(floor.caller().since(floor.start(), phase));
            of("floor callee " + phase).add(floor.callee().since(floor.start(), phase));
        }
    }

    String report(int calls, int warmUp) {
        Figures platform = of("platform");
        Figures floor = of("floor");
        double ratio = platform.median() / floor.median();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, """
                | time to the first remote frame on both sides (%d calls, %d warm-up not counted) | median | p95 |
                |---|---|---|
                | platform: agent's click on "take" → first frame painted at the point and at the agent | %s | %s |
                | floor: two bare pages, no server, call started → first frame painted on both | %s | %s |
                | ratio platform / floor | %s | %s |

                Goal: median ≤ 1.5 × the floor and ≤ 1 s — %s.

                Phases, median ms from the click (platform) or from the start (floor):

                | phase | point | agent | floor callee | floor caller |
                |---|---|---|---|---|
                """, calls, warmUp, Figures.ms(platform.median()), Figures.ms(platform.percentile(95)),
                Figures.ms(floor.median()), Figures.ms(floor.percentile(95)), Figures.ratio(ratio),
                Figures.ratio(platform.percentile(95) / floor.percentile(95)),
                ratio <= 1.5 && platform.median() <= 1000 ? "met" : "not met"));
        for (String phase : PHASES) {
            boolean floorToo = FLOOR_PHASES.contains(phase);
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", phase, cell(of("point " + phase)),
                    cell(of("agent " + phase)), floorToo ? cell(of("floor callee " + phase)) : "–",
                    floorToo ? cell(of("floor caller " + phase)) : "–"));
        }
        return out.toString();
    }

    /** The median, or a dash for a step this side never takes (the agent is not told: it clicks). */
    private static String cell(Figures phase) {
        double median = phase.median();
        return Double.isNaN(median) ? "–" : String.format(Locale.ROOT, "%.0f", median);
    }
}
