package fr.visioaccueil.visio.signaling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TokenBucketTest {

    @Test
    void aBurstPassesThenTheRateHolds() {
        AtomicLong nanos = new AtomicLong();
        TokenBucket bucket = new TokenBucket(5, 2, nanos::get);

        assertThat(IntStream.range(0, 8).filter(i -> bucket.tryTake()).count()).isEqualTo(5);
        nanos.addAndGet(500_000_000L);
        assertThat(bucket.tryTake()).isTrue();
        assertThat(bucket.tryTake()).isFalse();
        nanos.addAndGet(60_000_000_000L);
        assertThat(IntStream.range(0, 8).filter(i -> bucket.tryTake()).count()).isEqualTo(5);
    }
}
