package fr.visioaccueil.visio;

import static org.assertj.core.api.Assertions.assertThat;

import fr.visioaccueil.PlatformTest;
import fr.visioaccueil.StaffSessions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The signaling socket over the network: relays to the other side only, refuses bad input, checks who connects. */
@PlatformTest
class SignalingTest {

    private static final String CHAT = "{\"type\":\"chat\",\"text\":\"%s\"}";

    @LocalServerPort
    int port;
    @Autowired
    Interviews interviews;
    @Autowired
    RoomPasses passes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    VisioFixtures fixtures;
    long interview;
    long agentId;

    @BeforeEach
    void admittedInterview() {
        fixtures = VisioFixtures.of(context);
        interview = fixtures.requestAtBretenoux("CAF", "Signalisation").getId();
        agentId = fixtures.staff(StaffSessions.AGENT_CAF).accountId();
        interviews.admit(interview, fixtures.staff(StaffSessions.AGENT_CAF));
    }

    @Test
    void messagesReachTheOtherSideOfTheSameInterviewOnly() throws Exception {
        long otherInterview = fixtures.requestAtBretenoux("CAF", "Voisin").getId();
        interviews.admit(otherInterview, fixtures.staff(StaffSessions.AGENT_CAF));
        try (SignalingClient point = SignalingClient.open(port, passes.issue(interview, Side.POINT, 1));
             SignalingClient agent = SignalingClient.open(port, passes.issue(interview, Side.AGENT, agentId));
             SignalingClient neighbour = SignalingClient.open(port, passes.issue(otherInterview, Side.AGENT, agentId))) {
            agent.send("{\"type\":\"join\",\"instance\":\"page-agent\"}");
            assertThat(agent.drain(Duration.ofMillis(300))).as("alone in the room: no peer yet").isEmpty();
            point.send("{\"type\":\"join\",\"instance\":\"page-point\"}");
            assertThat(agent.next()).contains("\"type\":\"peer\"").contains("\"present\":true")
                    .contains("page-point");
            assertThat(point.next()).contains("\"type\":\"peer\"").contains("page-agent");
            point.send(CHAT.formatted("Numéro allocataire 1234567"));
            // each relayed message names the sender's page: the receiver follows it whatever message comes first
            assertThat(agent.next()).contains("Numéro allocataire 1234567").contains("\"from\":\"POINT\"")
                    .contains("\"instance\":\"page-point\"");
            agent.send(CHAT.formatted("Bien reçu"));
            assertThat(point.next()).contains("Bien reçu").contains("\"from\":\"AGENT\"")
                    .contains("\"instance\":\"page-agent\"");
            assertThat(neighbour.drain(Duration.ofMillis(300))).isEmpty();
        }
        // the start is recorded apart from the signaling's thread (Interviews.bothSidesJoined)
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (interviews.get(interview).getStartedAt() == null && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(interviews.get(interview).getStartedAt()).isNotNull();
    }

    @Test
    void malformedUnknownAndOversizedMessagesAreRefusedToTheSenderAndNeverRelayed() throws Exception {
        try (SignalingClient point = SignalingClient.open(port, passes.issue(interview, Side.POINT, 1));
             SignalingClient agent = SignalingClient.open(port, passes.issue(interview, Side.AGENT, agentId))) {
            bothJoin(point, agent);
            point.send("pas du json");
            assertThat(point.next()).isEqualTo("{\"type\":\"error\",\"code\":\"malformed\"}");
            point.send("{\"type\":\"exec\",\"cmd\":\"rm\"}");
            assertThat(point.next()).contains("unknown-type");
            point.send(CHAT.formatted("x".repeat(70_000)));
            assertThat(point.next()).contains("too-large");
            point.send("{\"type\":\"offer\",\"sdp\":\"<script>\"}");
            assertThat(point.next()).contains("invalid-field");
            point.send(CHAT.formatted("toujours là"));
            assertThat(agent.next()).contains("toujours là");
            assertThat(agent.drain(Duration.ofMillis(200))).isEmpty();
        }
        assertThat(interviews.get(interview).getStatus()).isEqualTo(InterviewStatus.ADMITTED);
    }

    /** The container hands long messages over in parts of its small per-connection buffer; they are joined. */
    @Test
    void aLongOfferIsRelayedWholeAndAFarLongerMessageIsRefusedWithoutClosing() throws Exception {
        try (SignalingClient point = SignalingClient.open(port, passes.issue(interview, Side.POINT, 1));
             SignalingClient agent = SignalingClient.open(port, passes.issue(interview, Side.AGENT, agentId))) {
            bothJoin(point, agent);
            String sdp = "v=0\\r\\n" + "a=candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host\\r\\n".repeat(600);
            agent.send("{\"type\":\"offer\",\"sdp\":\"" + sdp + "\"}");
            assertThat(point.next()).contains("\"type\":\"offer\"").hasSizeGreaterThan(sdp.length());
            point.send(CHAT.formatted("x".repeat(300_000)));
            assertThat(point.next()).contains("too-large");
            point.send(CHAT.formatted("toujours là"));
            assertThat(agent.next()).contains("toujours là");
        }
    }

    @Test
    void aFloodIsCutByTheRateLimitAndTheCallGoesOn() throws Exception {
        try (SignalingClient point = SignalingClient.open(port, passes.issue(interview, Side.POINT, 1));
             SignalingClient agent = SignalingClient.open(port, passes.issue(interview, Side.AGENT, agentId))) {
            bothJoin(point, agent);
            for (int i = 0; i < 400; i++) {
                point.send(CHAT.formatted("flood " + i));
            }
            List<String> relayed = agent.drain(Duration.ofMillis(500));
            List<String> refusals = point.drain(Duration.ofMillis(200));

            assertThat(relayed.size()).isBetween(10, 200);
            assertThat(refusals).isNotEmpty().allMatch(message -> message.contains("rate-limited"));
            Thread.sleep(1_000);
            point.send(CHAT.formatted("après la vague"));
            assertThat(agent.next()).contains("après la vague");
        }
        assertThat(interviews.get(interview).getStatus()).isEqualTo(InterviewStatus.ADMITTED);
    }

    /** Both sides in the room and known to each other, so nothing that follows races the connections' setup. */
    private static void bothJoin(SignalingClient point, SignalingClient agent) throws InterruptedException {
        agent.send("{\"type\":\"join\",\"instance\":\"a\"}");
        assertThat(agent.drain(Duration.ofMillis(300))).isEmpty();
        point.send("{\"type\":\"join\",\"instance\":\"p\"}");
        assertThat(agent.next()).contains("\"type\":\"peer\"");
        assertThat(point.next()).contains("\"type\":\"peer\"");
    }

    @Test
    void theSameSideOpenedAgainTakesTheRoomAndTheOldConnectionIsToldWhy() throws Exception {
        try (SignalingClient first = SignalingClient.open(port, passes.issue(interview, Side.POINT, 1))) {
            first.send("{\"type\":\"join\",\"instance\":\"tab-1\"}");
            assertThat(first.drain(Duration.ofMillis(300))).isEmpty();
            try (SignalingClient second = SignalingClient.open(port, passes.issue(interview, Side.POINT, 1));
                 SignalingClient agent = SignalingClient.open(port, passes.issue(interview, Side.AGENT, agentId))) {
                assertThat(first.closedWith()).isEqualTo(1008);
                second.send("{\"type\":\"join\",\"instance\":\"tab-2\"}");
                assertThat(second.drain(Duration.ofMillis(300))).isEmpty();
                agent.send("{\"type\":\"join\",\"instance\":\"a\"}");
                assertThat(agent.next()).contains("tab-2");
            }
        }
    }

    @Test
    void aWrongOriginAnExpiredOrForgedPassIsRefusedAtTheHandshake() {
        String valid = passes.issue(interview, Side.AGENT, agentId);
        byte[] secret = jdbc.sql("SELECT secret FROM visio_secret").query(byte[].class).single();
        String expired = new RoomPasses(secret, Clock.fixed(Instant.now().minus(Duration.ofHours(3)), ZoneOffset.UTC),
                Duration.ofHours(2)).issue(interview, Side.AGENT, agentId);
        String forged = new RoomPasses("pas le bon secret".getBytes(), Clock.systemUTC(), Duration.ofHours(2))
                .issue(interview, Side.AGENT, agentId);

        assertThat(SignalingClient.handshakeStatus(port, "http://127.0.0.1:" + port, valid)).isEqualTo(101);
        assertThat(SignalingClient.handshakeStatus(port, "https://evil.example", valid)).isEqualTo(403);
        assertThat(SignalingClient.handshakeStatus(port, "http://127.0.0.1:" + port, expired)).isEqualTo(403);
        assertThat(SignalingClient.handshakeStatus(port, "http://127.0.0.1:" + port, forged)).isEqualTo(403);
        assertThat(SignalingClient.handshakeStatus(port, "http://127.0.0.1:" + port, "")).isEqualTo(403);
    }

    @Test
    void aHangUpEndsTheInterviewAndReachesTheOtherSide() throws Exception {
        try (SignalingClient point = SignalingClient.open(port, passes.issue(interview, Side.POINT, 1));
             SignalingClient agent = SignalingClient.open(port, passes.issue(interview, Side.AGENT, agentId))) {
            bothJoin(point, agent);
            point.send("{\"type\":\"hangup\"}");
            assertThat(agent.next()).contains("\"type\":\"hangup\"");
        }
        assertThat(interviews.get(interview).getStatus()).isEqualTo(InterviewStatus.ENDED);
        try (SignalingClient late = SignalingClient.open(port, passes.issue(interview, Side.POINT, 1))) {
            assertThat(late.next()).contains("ended");
        }
    }
}
