package vn.sct.tracker.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.ValidationErrors;
import vn.sct.tracker.common.ValidationException;

/**
 * Moving the engine clock and running due jobs as the job executor would (it is off in tests), only for
 * the process instance under test; plus the check that an action was refused as bad input.
 */
public final class EngineClock {

    private EngineClock() {
    }

    /** Sets the engine clock to a local time in Hà Nội, e.g. {@code "2026-02-14T00:00"}. */
    public static void clock(String localDateTime) {
        ClockUtil.setCurrentTime(Date.from(vn(localDateTime)));
    }

    public static Instant vn(String localDateTime) {
        return ZonedDateTime.of(LocalDateTime.parse(localDateTime), AppClock.ZONE).toInstant();
    }

    /** Runs the instance's jobs that are due now until none is left. */
    public static void runDueJobs(ManagementService management, ProcessInstance pi) {
        for (int round = 0; round < 20; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(pi.getId()).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
        throw new AssertionError("jobs keep coming due at " + ClockUtil.getCurrentTime());
    }

    /** The due date of the one timer waiting at the activity. */
    public static Instant due(ManagementService management, ProcessInstance pi, String activityId) {
        List<Job> jobs = management.createJobQuery().processInstanceId(pi.getId()).timers().activityId(activityId)
                .list();
        assertThat(jobs).as("one timer waiting at %s", activityId).hasSize(1);
        return jobs.get(0).getDuedate().toInstant();
    }

    /** Refused as bad input: the ValidationException inside whatever the engine wrapped it in. */
    public static AbstractThrowableAssert<?, ? extends Throwable> refused(ThrowingCallable action) {
        Throwable thrown = Assertions.catchThrowable(action);
        assertThat(thrown).as("refused as bad input").isNotNull();
        ValidationException invalid = ValidationErrors.find(thrown);
        assertThat(invalid).as("a ValidationException in %s", thrown).isNotNull();
        return assertThat((Throwable) invalid);
    }
}
