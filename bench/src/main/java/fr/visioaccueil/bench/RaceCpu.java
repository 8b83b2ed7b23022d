package fr.visioaccueil.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The CPU time spent during a race alone (the forms loaded before it are not counted): by the platform and its
 * PostgreSQL (the processes named by the system property {@code race.pids}, with the server's children), and by
 * this driver, which shares the same two cores. Read from /proc: user, system and exited children's time.
 */
record RaceCpu(long serverAtStart, long javaAtStart, long clientAtStart) {

    /** The kernel's USER_HZ, 100 on Linux whatever the kernel's own tick. */
    private static final long TICKS_PER_SECOND = 100;

    static RaceCpu start() {
        return new RaceCpu(serverMs(), javaMs(), clientMs());
    }

    /** "server_cpu_ms_per_request=… client_cpu_ms_per_request=…" since the start. */
    String perRequest(int requests) {
        return String.format("server_cpu_ms_per_request=%.2f of_which_java=%.2f client_cpu_ms_per_request=%.2f",
                (serverMs() - serverAtStart) / (double) requests, (javaMs() - javaAtStart) / (double) requests,
                (clientMs() - clientAtStart) / (double) requests);
    }

    private static long clientMs() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1_000_000;
    }

    /** The platform's JVM alone, the first of {@code race.pids}. */
    private static long javaMs() {
        return ticks(Long.parseLong(System.getProperty("race.pids").split(" ")[0])) * 1000 / TICKS_PER_SECOND;
    }

    private static long serverMs() {
        String pids = System.getProperty("race.pids", "");
        return Stream.of(pids.split(" ")).filter(pid -> !pid.isBlank()).map(Long::parseLong)
                .flatMap(pid -> Stream.concat(Stream.of(pid), ProcessHandle.of(pid).stream()
                        .flatMap(ProcessHandle::children).map(ProcessHandle::pid)))
                .mapToLong(RaceCpu::ticks).sum() * 1000 / TICKS_PER_SECOND;
    }

    private static long ticks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            List<String> fields = List.of(stat.substring(stat.lastIndexOf(')') + 2).split(" "));
            // fields 14 to 17 of the line, counted from the pid: utime, stime, cutime, cstime
            return Stream.of(11, 12, 13, 14).mapToLong(i -> Long.parseLong(fields.get(i))).sum();
        } catch (IOException | RuntimeException gone) {
            return 0; // a backend that exited meanwhile counts in its server's children time
        }
    }
}
