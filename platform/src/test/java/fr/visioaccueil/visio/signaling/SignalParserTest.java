package fr.visioaccueil.visio.signaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignalParserTest {

    @Test
    void knownMessagesBecomeTypedSignals() throws InvalidSignal {
        assertThat(SignalParser.parse("{\"type\":\"offer\",\"sdp\":\"v=0\\r\\n\"}")).isEqualTo(new Signal.Offer("v=0\r\n"));
        assertThat(SignalParser.parse("{\"type\":\"candidate\",\"candidate\":\"candidate:1 1 udp 1 127.0.0.1 5000 typ host\","
                + "\"sdpMid\":\"0\",\"sdpMLineIndex\":0}"))
                .isEqualTo(new Signal.Candidate("candidate:1 1 udp 1 127.0.0.1 5000 typ host", "0", 0));
        assertThat(SignalParser.parse("{\"type\":\"chat\",\"text\":\" CAF 1234567 \"}"))
                .isEqualTo(new Signal.Chat("CAF 1234567"));
        assertThat(SignalParser.parse("{\"type\":\"join\",\"instance\":\"k3f-9x\"}")).isEqualTo(new Signal.Join("k3f-9x"));
        assertThat(SignalParser.parse("{\"type\":\"hangup\"}")).isEqualTo(new Signal.HangUp());
        assertThat(SignalParser.parse("{\"type\":\"video\",\"on\":false}")).isEqualTo(new Signal.Video(false));
        assertThat(SignalParser.parse("{\"type\":\"quality\",\"level\":\"poor\"}")).isEqualTo(new Signal.Quality("poor"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "pas du json                                   | malformed",
            "[1,2]                                         | malformed",
            "{\"type\":\"virus\"}                          | unknown-type",
            "{\"sdp\":\"v=0\"}                             | unknown-type",
            "{\"type\":\"offer\",\"sdp\":\"<script>\"}     | invalid-field",
            "{\"type\":\"offer\",\"sdp\":42}               | invalid-field",
            "{\"type\":\"chat\",\"text\":\"   \"}          | invalid-field",
            "{\"type\":\"video\",\"on\":\"oui\"}        | invalid-field",
            "{\"type\":\"join\",\"instance\":\"<b>\"}   | invalid-field",
            "{\"type\":\"join\"}                          | invalid-field",
            "{\"type\":\"quality\",\"level\":\"<b>\"} | invalid-field",
            "{\"type\":\"quality\",\"level\":2}      | invalid-field",
            "{\"type\":\"candidate\",\"candidate\":\"c\",\"sdpMLineIndex\":-1} | invalid-field",
            "{\"type\":\"candidate\",\"candidate\":\"c\",\"sdpMid\":{}}        | invalid-field"})
    void anythingElseIsRefusedWithItsReason(String frame, String code) {
        assertThatThrownBy(() -> SignalParser.parse(frame)).isInstanceOf(InvalidSignal.class)
                .extracting("code").isEqualTo(code);
    }

    @Test
    void messagesOverTheSizeLimitAreRefusedBeforeReading() {
        String chat = "{\"type\":\"chat\",\"text\":\"" + "é".repeat(SignalParser.MAX_BYTES / 2) + "\"}";
        assertThatThrownBy(() -> SignalParser.parse(chat)).extracting("code").isEqualTo("too-large");
        String longChat = "{\"type\":\"chat\",\"text\":\"" + "a".repeat(SignalParser.MAX_CHAT + 1) + "\"}";
        assertThatThrownBy(() -> SignalParser.parse(longChat)).extracting("code").isEqualTo("invalid-field");
    }
}
