package vn.sct.tracker.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Slows down whoever guesses passwords, without ever locking the account for its owner.
 *
 * <p>Two counters of recent wrong passwords: one per login and source address, one per source address
 * (for any login). After the n-th wrong password for a login from an address, that login is refused
 * from that address for {@code firstDelay · 2^(n-1)} (at most {@code maxDelay}) without the password
 * being checked; after {@code addressFreeFailures} wrong passwords from one address, the whole address
 * waits in the same growing way (at most {@code addressMaxDelay}). The owner, logging in from another
 * address, is never delayed; from the same address they wait at most {@code maxDelay}. A right password
 * clears the login's counter for that address; failures are forgotten after {@code forgetAfter}.
 * Kept in memory per node: with several nodes an attacker is slowed down on each.
 */
@Component
public class LoginThrottle {

    /** Above this many tracked sources the oldest are forgotten first (memory stays bounded). */
    static final int MAX_TRACKED = 100_000;

    private final LoginProperties policy;
    private final Supplier<Instant> clock;
    private final Map<String, Failures> byLoginAndAddress = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    public LoginThrottle(LoginProperties policy) {
        this(policy, Instant::now);
    }

    LoginThrottle(LoginProperties policy, Supplier<Instant> clock) {
        this.policy = policy;
        this.clock = clock;
    }

    /** How long this login from this address must still wait; zero when it may try now. */
    public Duration waitFor(String login, String address) {
        Instant now = clock.get();
        Duration wait = remaining(byLoginAndAddress.get(key(login, address)), now, 0, policy.maxDelay());
        Duration addressWait = remaining(byAddress.get(address), now, policy.addressFreeFailures(),
                policy.addressMaxDelay());
        return wait.compareTo(addressWait) >= 0 ? wait : addressWait;
    }

    public void failed(String login, String address) {
        Instant now = clock.get();
        forgetOld(now);
        byLoginAndAddress.compute(key(login, address), (k, f) -> next(f, now));
        byAddress.compute(address, (k, f) -> next(f, now));
    }

    public void succeeded(String login, String address) {
        byLoginAndAddress.remove(key(login, address));
    }

    private Failures next(Failures f, Instant now) {
        boolean stale = f == null || f.last().plus(policy.forgetAfter()).isBefore(now);
        return new Failures(stale ? 1 : f.count() + 1, now);
    }

    private Duration remaining(Failures f, Instant now, int free, Duration max) {
        if (f == null || f.count() <= free || f.last().plus(policy.forgetAfter()).isBefore(now)) {
            return Duration.ZERO;
        }
        int exponent = Math.min(f.count() - free - 1, 30);
        Duration delay = policy.firstDelay().multipliedBy(1L << exponent);
        if (delay.compareTo(max) > 0) {
            delay = max;
        }
        Duration left = Duration.between(now, f.last().plus(delay));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private void forgetOld(Instant now) {
        if (byLoginAndAddress.size() < MAX_TRACKED && byAddress.size() < MAX_TRACKED) {
            return;
        }
        Instant cutoff = now.minus(policy.forgetAfter());
        byLoginAndAddress.values().removeIf(f -> f.last().isBefore(cutoff));
        byAddress.values().removeIf(f -> f.last().isBefore(cutoff));
        if (byLoginAndAddress.size() >= MAX_TRACKED) {
            byLoginAndAddress.clear();
        }
        if (byAddress.size() >= MAX_TRACKED) {
            byAddress.clear();
        }
    }

    private static String key(String login, String address) {
        return address + "\n" + login;
    }

    private record Failures(int count, Instant last) {
    }
}
