package vn.sct.tracker.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How wrong passwords are slowed down ({@code tracker.security.login.*}).
 *
 * @param firstDelay           wait after the first wrong password for a login from one address; doubles with
 *                             each further one
 * @param maxDelay             the longest wait for a login from one address
 * @param addressFreeFailures  wrong passwords an address may send (for any logins) before it is slowed down too
 * @param addressMaxDelay      the longest wait for an address
 * @param forgetAfter          failures older than this are forgotten
 * @param lockAfter            0 (default): no account is ever locked by wrong passwords; a positive number is
 *                             an administrator's choice to lock an account for good after that many (unlocked in
 *                             Camunda Admin or by {@code POST /engine-rest/user/{id}/unlock})
 */
@ConfigurationProperties("tracker.security.login")
public record LoginProperties(
        @DefaultValue("1s") Duration firstDelay,
        @DefaultValue("60s") Duration maxDelay,
        @DefaultValue("20") int addressFreeFailures,
        @DefaultValue("300s") Duration addressMaxDelay,
        @DefaultValue("15m") Duration forgetAfter,
        @DefaultValue("0") int lockAfter) {
}
