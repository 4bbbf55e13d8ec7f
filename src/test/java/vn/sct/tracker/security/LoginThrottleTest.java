package vn.sct.tracker.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The delays of {@link LoginThrottle} on a clock the test moves. */
class LoginThrottleTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T08:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(new LoginProperties(Duration.ofSeconds(1),
            Duration.ofSeconds(60), 20, Duration.ofSeconds(300), Duration.ofMinutes(15), 0), now::get);

    private void after(Duration d) {
        now.set(now.get().plus(d));
    }

    @Test
    void eachWrongPasswordDoublesTheWaitOfThatLoginFromThatAddress_upToTheMaximum() {
        assertThat(throttle.waitFor("qlcn.tp", "10.0.0.9")).isZero();
        long[] expected = {1, 2, 4, 8, 16, 32, 60, 60};
        for (long seconds : expected) {
            throttle.failed("qlcn.tp", "10.0.0.9");
            assertThat(throttle.waitFor("qlcn.tp", "10.0.0.9")).isEqualTo(Duration.ofSeconds(seconds));
            after(Duration.ofSeconds(seconds));
            assertThat(throttle.waitFor("qlcn.tp", "10.0.0.9")).isZero();
        }
        assertThat(throttle.waitFor("qlcn.tp", "10.0.0.10")).as("the owner's own machine").isZero();
        assertThat(throttle.waitFor("giamdoc", "10.0.0.9")).as("another login from that machine").isZero();
    }

    @Test
    void theRightPasswordClearsTheCount_andOldFailuresAreForgotten() {
        throttle.failed("qlcn.tp", "10.0.0.9");
        throttle.failed("qlcn.tp", "10.0.0.9");
        throttle.succeeded("qlcn.tp", "10.0.0.9");
        assertThat(throttle.waitFor("qlcn.tp", "10.0.0.9")).isZero();
        throttle.failed("qlcn.tp", "10.0.0.9");
        assertThat(throttle.waitFor("qlcn.tp", "10.0.0.9")).isEqualTo(Duration.ofSeconds(1));

        throttle.failed("qltm.tp", "10.0.0.9");
        throttle.failed("qltm.tp", "10.0.0.9");
        after(Duration.ofMinutes(16));
        throttle.failed("qltm.tp", "10.0.0.9");
        assertThat(throttle.waitFor("qltm.tp", "10.0.0.9")).as("counting starts again").isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void anAddressIsSlowedDownAfterTwentyWrongPasswordsForAnyLogins() {
        for (int i = 0; i < 20; i++) {
            throttle.failed("login" + i, "10.0.0.66");
        }
        assertThat(throttle.waitFor("someone.else", "10.0.0.66")).isZero();
        throttle.failed("login20", "10.0.0.66");
        assertThat(throttle.waitFor("someone.else", "10.0.0.66")).isEqualTo(Duration.ofSeconds(1));
        for (int i = 21; i < 40; i++) {
            after(Duration.ofMinutes(5));
            throttle.failed("login" + i, "10.0.0.66");
        }
        assertThat(throttle.waitFor("someone.else", "10.0.0.66")).isEqualTo(Duration.ofSeconds(300));
        assertThat(throttle.waitFor("someone.else", "10.0.0.67")).isZero();
    }
}
