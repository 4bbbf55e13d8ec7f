package vn.sct.tracker.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one clock and the one zone of the application. The clock is the engine's, so that tests which
 * move the engine clock (timers, deadlines) see records and events stamped with the same time. Working
 * dates are those of Asia/Ho_Chi_Minh whatever the server's time zone.
 */
public final class AppClock {

    /** The zone's id, for annotations that need a constant. */
    public static final String ZONE_ID = "Asia/Ho_Chi_Minh";
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private AppClock() {
    }

    public static OffsetDateTime now() {
        return ClockUtil.getCurrentTime().toInstant().atOffset(ZoneOffset.UTC);
    }

    public static Instant instant() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(ZONE).toLocalDate();
    }

    /** 00:00 of a day in the zone, as the engine's timers and variables take it. */
    public static Date startOfDay(LocalDate date) {
        return Date.from(date.atStartOfDay(ZONE).toInstant());
    }

    /** The day a moment falls on in the zone. */
    public static LocalDate day(Instant moment) {
        return moment.atZone(ZONE).toLocalDate();
    }

    /** This clock as a {@link java.time.Clock} in the zone (for libraries that take one, e.g. Bean Validation). */
    public static java.time.Clock clock() {
        return new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZONE;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return java.time.Clock.fixed(instant(), zone);
            }

            @Override
            public Instant instant() {
                return AppClock.instant();
            }
        };
    }

    /** A moment with the zone's offset, as the API answers it. */
    public static OffsetDateTime local(Instant moment) {
        return moment == null ? null : moment.atZone(ZONE).toOffsetDateTime();
    }
}
