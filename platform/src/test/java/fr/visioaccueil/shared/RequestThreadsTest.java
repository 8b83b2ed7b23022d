package fr.visioaccueil.shared;

import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.SignedInClient;
import fr.visioaccueil.StaffSessions;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.tomcat.util.threads.ThreadPoolExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The running server works on thirty-two requests at once, not Tomcat's two hundred (application.yml says why), and
 * the live pages' open streams hold none of them: pages are still served while more streams than threads are open.
 */
@PlatformTest
class RequestThreadsTest {

    static final int THREADS = 32;
    static final Executor OWN_THREADS = Executors.newCachedThreadPool();

    @Autowired
    WebServerApplicationContext context;
    @LocalServerPort
    int port;

    @Test
    void theServerWorksOnThirtyTwoRequestsAtOnce() {
        Object executor = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector().getProtocolHandler()
                .getExecutor();

        assertThat(executor).isInstanceOfSatisfying(ThreadPoolExecutor.class,
                threads -> assertThat(threads.getMaximumPoolSize()).isEqualTo(THREADS));
    }

    @Test
    void openLiveStreamsHoldNoThread() throws Exception {
        SignedInClient mediator = SignedInClient.signIn(port, StaffSessions.MEDIATOR_BRETENOUX,
                StaffSessions.DEMO_PASSWORD);
        List<CompletableFuture<HttpResponse<Stream<String>>>> opening = new ArrayList<>();
        for (int i = 0; i < THREADS + 4; i++) {
            opening.add(CompletableFuture.supplyAsync(() -> mediator.lines("/visio/flux"), OWN_THREADS));
        }
        // a mediator's stream sends its headers with its first message, the heartbeat at the latest
        List<HttpResponse<Stream<String>>> streams = new ArrayList<>();
        for (CompletableFuture<HttpResponse<Stream<String>>> open : opening) {
            streams.add(open.get(30, TimeUnit.SECONDS));
        }
        try {
            HttpResponse<String> page = CompletableFuture.supplyAsync(() -> mediator.get("/espace"))
                    .get(10, TimeUnit.SECONDS);

            assertThat(page.statusCode()).isEqualTo(200);
        } finally {
            streams.forEach(stream -> stream.body().close());
        }
    }
}
