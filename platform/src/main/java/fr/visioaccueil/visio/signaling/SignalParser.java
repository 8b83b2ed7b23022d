package fr.visioaccueil.visio.signaling;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns a text frame into a {@link Signal}, checking its size, type and every field before anything is relayed. */
final class SignalParser {

    static final int MAX_BYTES = 64 * 1024;
    static final int MAX_SDP = 60_000;
    static final int MAX_CANDIDATE = 1_000;
    static final int MAX_CHAT = 1_000;
    private static final int MAX_MID = 64;
    private static final int MAX_INSTANCE = 64;
    private static final Pattern INSTANCE = Pattern.compile("[A-Za-z0-9_-]+");
    private static final int MAX_LINE_INDEX = 64;
    private static final Set<String> QUALITY_LEVELS = Set.of("good", "medium", "poor");
    private static final ObjectMapper JSON = new ObjectMapper();

    private SignalParser() {
    }

    static Signal parse(String frame) throws InvalidSignal {
        if (frame.length() > MAX_BYTES || frame.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidSignal("too-large", "message over " + MAX_BYTES + " bytes");
        }
        JsonNode message = read(frame);
        return switch (message.path("type").asText("")) {
            case "join" -> new Signal.Join(instance(message));
            case "offer" -> new Signal.Offer(sdp(message));
            case "answer" -> new Signal.Answer(sdp(message));
            case "candidate" -> candidate(message);
            case "chat" -> new Signal.Chat(text(message, "text", 1, MAX_CHAT).strip());
            case "video" -> new Signal.Video(flag(message, "on"));
            case "quality" -> new Signal.Quality(level(message));
            case "hangup" -> new Signal.HangUp();
            default -> throw new InvalidSignal("unknown-type", "unknown type");
        };
    }

    private static JsonNode read(String frame) throws InvalidSignal {
        try {
            JsonNode node = JSON.readTree(frame);
            if (node == null || !node.isObject()) {
                throw new InvalidSignal("malformed", "not a JSON object");
            }
            return node;
        } catch (JsonProcessingException notJson) {
            throw new InvalidSignal("malformed", "not JSON");
        }
    }

    private static String sdp(JsonNode message) throws InvalidSignal {
        String sdp = text(message, "sdp", 1, MAX_SDP);
        if (!sdp.startsWith("v=0")) {
            throw new InvalidSignal("invalid-field", "sdp does not start with v=0");
        }
        return sdp;
    }

    private static Signal candidate(JsonNode message) throws InvalidSignal {
        String candidate = text(message, "candidate", 0, MAX_CANDIDATE);
        JsonNode mid = message.path("sdpMid");
        JsonNode index = message.path("sdpMLineIndex");
        if (!(mid.isNull() || mid.isMissingNode()) && !(mid.isTextual() && mid.asText().length() <= MAX_MID)) {
            throw new InvalidSignal("invalid-field", "sdpMid");
        }
        if (!(index.isNull() || index.isMissingNode())
                && !(index.isInt() && index.asInt() >= 0 && index.asInt() <= MAX_LINE_INDEX)) {
            throw new InvalidSignal("invalid-field", "sdpMLineIndex");
        }
        return new Signal.Candidate(candidate, mid.isTextual() ? mid.asText() : null,
                index.isInt() ? index.asInt() : null);
    }

    private static String instance(JsonNode message) throws InvalidSignal {
        String instance = text(message, "instance", 1, MAX_INSTANCE);
        if (!INSTANCE.matcher(instance).matches()) {
            throw new InvalidSignal("invalid-field", "instance");
        }
        return instance;
    }

    private static String level(JsonNode message) throws InvalidSignal {
        String level = message.path("level").asText("");
        if (!QUALITY_LEVELS.contains(level)) {
            throw new InvalidSignal("invalid-field", "level");
        }
        return level;
    }

    private static boolean flag(JsonNode message, String field) throws InvalidSignal {
        if (!message.path(field).isBoolean()) {
            throw new InvalidSignal("invalid-field", field);
        }
        return message.path(field).asBoolean();
    }

    private static String text(JsonNode message, String field, int min, int max) throws InvalidSignal {
        JsonNode value = message.path(field);
        if (!value.isTextual() || value.asText().strip().length() < min || value.asText().length() > max) {
            throw new InvalidSignal("invalid-field", field);
        }
        return value.asText();
    }
}
