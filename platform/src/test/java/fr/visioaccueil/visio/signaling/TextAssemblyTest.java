package fr.visioaccueil.visio.signaling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextAssemblyTest {

    private final TextAssembly message = new TextAssembly(10);

    @Test
    void aMessageInOnePartIsTakenAsItIs() throws InvalidSignal {
        assertThat(message.add("{\"a\":1}", true)).isTrue();
        assertThat(message.take()).isEqualTo("{\"a\":1}");
    }

    @Test
    void partsAreJoinedUpToTheLimit() throws InvalidSignal {
        assertThat(message.add("abcd", false)).isFalse();
        assertThat(message.add("efgh", false)).isFalse();
        assertThat(message.add("ij", true)).isTrue();
        assertThat(message.take()).isEqualTo("abcdefghij");
    }

    @Test
    void aMessageOverTheLimitIsRefusedWholeAndTheNextOneIsNot() throws InvalidSignal {
        message.add("abcdefgh", false);
        message.add("ijklmnop", false);
        assertThat(message.add("q", true)).isTrue();
        assertThatThrownBy(message::take).isInstanceOf(InvalidSignal.class)
                .satisfies(refused -> assertThat(((InvalidSignal) refused).code()).isEqualTo("too-large"));
        message.add("ok", false);
        message.add("!", true);
        assertThat(message.take()).isEqualTo("ok!");
    }
}
