package fr.visioaccueil.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP side of bench/booking.sh, against the real platform on 127.0.0.1.
 *   contention <base> <slug> <organisation> <motif> <permanence> <day> <clients> <slots> [floor]
 *       every client loads the booking page of that day (its CSRF cookie and token), then all post at once as the
 *       page's script does (JSON answer), client i aiming at the (i mod slots)-th slot of the permanence; prints
 *       successes (201), refusals (409), errors, rate, p50, p95, how long the clients took to send all their
 *       posts (the driver shares the cores), and the CPU per request of the race alone. With
 *       "floor", the same race with an e-mail address every client gets wrong: each post crosses the same web
 *       stack (connection, security filters, CSRF, binding, validation, JSON answer) and is refused (400) before
 *       any booking work, the reference the race is compared with.
 *   refusals <base> <slug> <organisation> <motif> <day> <slot> <requests> <concurrency>
 *       posts of a slot already taken, each answered 409: the refusal's steady cost, and the warm-up of a race.
 *   bookings <base> <slug> <organisation> <motif> <permanence> <day> <times> <concurrency>
 *       books every free slot of the permanence on that day {@code times} times (a permanence of as many agents),
 *       each answered 201: the winning post's steady cost, and the warm-up of a race.
 *   search <base> <organisation> <motif> <requests> <concurrency> <slug>...
 *       the free slots of the organisation for the coming weeks at each point in turn (the citizen's booking
 *       page, which shows the slots of the first day with some and links to the other days); prints p50, p95,
 *       max, and the mean number of slots offered per page.
 */
public final class BookingBench {

    static final Pattern SLOT = Pattern.compile("name=\"slot\" value=\"(\\d+_\\d+)\"");
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    /** The booking form's address, which the page's script posts to. */
    static final Pattern IN_PAGE_ACTION = Pattern.compile("<form action=\"([^\"]+)\"[^>]*data-in-page");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public static void main(String[] args) throws Exception {
        if (args[0].equals("contention")) {
            contention(args[1], args[2], args[3], args[4], args[5], args[6], Integer.parseInt(args[7]),
                    Integer.parseInt(args[8]), args.length > 9 && args[9].equals("floor"));
        } else if (args[0].equals("bookings")) {
            bookings(args[1], args[2], args[3], args[4], args[5], args[6], Integer.parseInt(args[7]),
                    Integer.parseInt(args[8]));
        } else if (args[0].equals("refusals")) {
            refusals(args[1], args[2], args[3], args[4], args[5], args[6], Integer.parseInt(args[7]),
                    Integer.parseInt(args[8]));
        } else {
            List<String> slugs = List.of(args).subList(6, args.length);
            search(args[1], args[2], args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]), slugs);
        }
    }

    static void contention(String base, String slug, String organisation, String motif, String permanence,
                           String day, int clients, int slots, boolean floor) throws Exception {
        String stepsPath = stepsPath(slug, organisation, motif, day);
        List<String> free = freeSlots(base, slug, organisation, motif, permanence, day, slots);
        if (!floor && free.size() < slots) {
            throw new IllegalStateException("only " + free.size() + " free slots of permanence " + permanence);
        }
        ExecutorService pool = daemons(clients);
        CountDownLatch ready = new CountDownLatch(clients);
        CountDownLatch go = new CountDownLatch(1);
        // the forms are loaded a few at a time, as browsers would over a minute, each browser keeping its connection
        // open; only the posts race
        Semaphore loading = new Semaphore(8);
        List<Future<long[]>> outcomes = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            int client = i;
            outcomes.add(pool.submit(() -> {
                try (KeptConnection browser = new KeptConnection(URI.create(base))) {
                    KeptConnection.Page form;
                    loading.acquire();
                    try {
                        form = browser.get(stepsPath);
                    } finally {
                        loading.release();
                    }
                    String cookie = csrfCookie(form);
                    // one address per client and round: at most two future appointments per citizen
                    String email = floor ? "usager" + client + "@"
                            : "usager" + client + "." + permanence + "@bench.example";
                    // the floor's posts are refused on their address whatever their slot, free or not
                    String slotChosen = floor ? permanence + "_0" : free.get(client % slots);
                    String body = bookingBody(organisation, motif, slotChosen, "Usager " + client, email,
                            csrfToken(form));
                    ready.countDown();
                    go.await();
                    long start = System.nanoTime();
                    int status = browser.postForm(inPageAction(form), cookie, body);
                    return new long[] {status, System.nanoTime() - start, start};
                }
            }));
        }
        while (!ready.await(1, TimeUnit.SECONDS)) {
            for (Future<long[]> outcome : outcomes) {
                if (outcome.isDone()) {
                    outcome.get(); // a client that ended before the start failed: its failure ends the run
                }
            }
        }
        RaceCpu cpu = RaceCpu.start();
        long start = System.nanoTime();
        go.countDown();
        Figures latencies = new Figures();
        int booked = 0;
        int refused = 0;
        int errors = 0;
        long lastSent = start;
        for (Future<long[]> outcome : outcomes) {
            long[] result = outcome.get();
            latencies.add(result[1] / 1e6);
            lastSent = Math.max(lastSent, result[2]);
            if (result[0] == 201) {
                booked++;
            } else if (result[0] == (floor ? 400 : 409)) {
                refused++;
            } else {
                errors++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf("booked=%d refused=%d errors=%d seconds=%.3f answers_per_s=%.0f p50_ms=%.1f p95_ms=%.1f"
                        + " max_ms=%.1f sent_over_ms=%.0f %s%n", booked, refused, errors, seconds, clients / seconds,
                latencies.median(), latencies.percentile(95), latencies.percentile(100), (lastSent - start) / 1e6,
                cpu.perRequest(clients));
    }

    /**
     * {@code requests} posts of a slot already taken, by {@code concurrency} clients each with its own form: the
     * refusal's steady cost once the platform runs warm (and, before a race, what warms its code paths).
     */
    static void refusals(String base, String slug, String organisation, String motif, String day, String slot,
                         int requests, int concurrency) throws Exception {
        List<String> posts = Collections.nCopies(requests, slot);
        steadyPosts(base, slug, organisation, motif, day, posts, concurrency, "refus", 409);
    }

    /**
     * Books each free slot of the permanence on that day {@code times} times, by {@code concurrency} clients each
     * with its own form: the winning post's steady cost (and, before a race, what warms its code paths). The
     * permanence needs as many agents as {@code times}: each booking of a slot takes the next free agent.
     */
    static void bookings(String base, String slug, String organisation, String motif, String permanence,
                         String day, int times, int concurrency) throws Exception {
        List<String> posts = new ArrayList<>();
        for (int round = 0; round < times; round++) {
            posts.addAll(freeSlots(base, slug, organisation, motif, permanence, day, Integer.MAX_VALUE));
        }
        // an address of its own per booking, whatever the calls before: at most two future appointments per citizen
        String addresses = "banc" + permanence + "-" + System.currentTimeMillis() + "-";
        steadyPosts(base, slug, organisation, motif, day, posts, concurrency, addresses, 201);
    }

    /** Posts the slots in turn, each under an address of its own, and fails on any other status than expected. */
    static void steadyPosts(String base, String slug, String organisation, String motif, String day,
                            List<String> slots, int concurrency, String addressPrefix, int expected)
            throws Exception {
        String stepsPath = stepsPath(slug, organisation, motif, day);
        ExecutorService pool = daemons(concurrency);
        AtomicInteger next = new AtomicInteger();
        Figures latencies = new Figures();
        RaceCpu cpu = RaceCpu.start();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                try (KeptConnection browser = new KeptConnection(URI.create(base))) {
                    KeptConnection.Page form = browser.get(stepsPath);
                    String cookie = csrfCookie(form);
                    String token = csrfToken(form);
                    for (int i = next.getAndIncrement(); i < slots.size(); i = next.getAndIncrement()) {
                        long start = System.nanoTime();
                        int status = browser.postForm(inPageAction(form), cookie, bookingBody(organisation,
                                motif, slots.get(i), "Usager " + i, addressPrefix + i + "@bench.example", token));
                        latencies.add((System.nanoTime() - start) / 1e6);
                        if (status != expected) {
                            throw new IllegalStateException("slot " + slots.get(i) + " answered " + status);
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        System.out.printf("requests=%d p50_ms=%.1f p95_ms=%.1f %s%n", slots.size(), latencies.median(),
                latencies.percentile(95), cpu.perRequest(slots.size()));
    }

    static void search(String base, String organisation, String motif, int requests, int concurrency,
                       List<String> slugs) throws Exception {
        ExecutorService pool = daemons(concurrency);
        AtomicInteger next = new AtomicInteger();
        Figures latencies = new Figures();
        AtomicInteger offered = new AtomicInteger();
        List<Future<?>> workers = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    String url = base + "/points/" + slugs.get(i % slugs.size()) + "/rendez-vous?organisme="
                            + organisation + "&motif=" + motif;
                    long start = System.nanoTime();
                    HttpResponse<String> page = get(url, null);
                    latencies.add((System.nanoTime() - start) / 1e6);
                    if (page.statusCode() != 200) {
                        throw new IllegalStateException(url + " answered " + page.statusCode());
                    }
                    offered.addAndGet((int) SLOT.matcher(page.body()).results().count());
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        System.out.printf("requests=%d points=%d p50_ms=%.1f p95_ms=%.1f max_ms=%.1f slots_per_page=%.0f%n",
                requests, slugs.size(), latencies.median(), latencies.percentile(95), latencies.percentile(100),
                offered.get() / (double) requests);
    }

    static String stepsPath(String slug, String organisation, String motif, String day) {
        return "/points/" + slug + "/rendez-vous?organisme=" + organisation + "&motif=" + motif + "&jour=" + day;
    }

    /** The first {@code most} free slots of the permanence that the booking page offers on that day. */
    static List<String> freeSlots(String base, String slug, String organisation, String motif, String permanence,
                                  String day, int most) throws Exception {
        HttpResponse<String> page = get(base + stepsPath(slug, organisation, motif, day), null);
        List<String> free = new ArrayList<>();
        Matcher slot = SLOT.matcher(page.body());
        while (slot.find() && free.size() < most) {
            if (slot.group(1).startsWith(permanence + "_")) {
                free.add(slot.group(1));
            }
        }
        return free;
    }

    /** Threads that do not keep the driver alive when a client fails and the run ends with its error. */
    static ExecutorService daemons(int threads) {
        return Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task);
            thread.setDaemon(true);
            return thread;
        });
    }

    static String csrfCookie(KeptConnection.Page form) {
        return form.cookies().stream().filter(value -> value.startsWith("VISIO_CSRF="))
                .findFirst().orElseThrow().split(";")[0];
    }

    static String inPageAction(KeptConnection.Page page) {
        Matcher action = IN_PAGE_ACTION.matcher(page.body());
        if (!action.find()) {
            throw new IllegalStateException("no booking form in the page " + page.path() + " (" + page.status() + ")");
        }
        return action.group(1).replace("&amp;", "&");
    }

    static String csrfToken(KeptConnection.Page form) {
        Matcher token = CSRF.matcher(form.body());
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token in the booking form");
        }
        return token.group(1);
    }

    static String bookingBody(String organisation, String motif, String slot, String name, String email,
                              String token) {
        return "organisationId=" + organisation + "&motifId=" + motif + "&slot=" + slot + "&citizenName="
                + enc(name) + "&email=" + enc(email) + "&phone=&_csrf=" + enc(token);
    }

    static HttpResponse<String> get(String url, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
