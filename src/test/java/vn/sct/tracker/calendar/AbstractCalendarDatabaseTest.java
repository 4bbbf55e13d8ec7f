package vn.sct.tracker.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The migration, the JDBC repository and the service on a real database. Subclasses provide the
 * database; Flyway runs only this module's migration (V3) on it.
 */
abstract class AbstractCalendarDatabaseTest {

    private JdbcClient jdbc;
    private JdbcCalendarOverrideRepository repository;
    private WorkingCalendar calendar;

    /** @return a data source on an empty database, the same one on every call */
    abstract DataSource dataSource();

    /**
     * Runs only V3: V1 and V2 belong to other modules, so the schema is baselined at 2 and migrated
     * up to 3.
     */
    static void migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .baselineVersion("2")
                .target("3")
                .load();
        flyway.baseline();
        flyway.migrate();
        MigrationInfo[] applied = flyway.info().applied();
        assertThat(Arrays.stream(applied).filter(m -> m.getVersion().getVersion().equals("3")))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.getScript()).isEqualTo("V3__working_calendar.sql");
                    assertThat(m.getState()).isEqualTo(MigrationState.SUCCESS);
                });
    }

    @BeforeEach
    void setUp() {
        jdbc = JdbcClient.create(dataSource());
        jdbc.sql("DELETE FROM working_calendar_override").update();
        repository = new JdbcCalendarOverrideRepository(jdbc);
        calendar = new WorkingCalendar(new VietnameseHolidays(), repository, Duration.ofMinutes(1),
                new MutableClock(Instant.parse("2026-01-05T02:00:00.123456Z")));
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static CalendarOverride override(String day, DayKind kind, String description) {
        return new CalendarOverride(d(day), kind, description, "quantri",
                OffsetDateTime.of(2026, 1, 5, 9, 30, 15, 123_456_000, ZoneOffset.ofHours(7)));
    }

    @Test
    void repositoryStoresReadsReplacesAndDeletes() {
        String vietnamese = "Nghỉ Tết Nguyên đán Bính Ngọ theo Công văn của Bộ Nội vụ — ngày làm bù thứ Bảy";
        repository.save(override("2026-02-28", DayKind.WORKING_DAY, vietnamese));
        repository.save(override("2026-02-13", DayKind.DAY_OFF, "Nghỉ thêm"));
        repository.save(override("2027-01-02", DayKind.WORKING_DAY, "Làm bù"));

        CalendarOverride read = repository.findByDay(d("2026-02-28")).orElseThrow();
        assertThat(read.kind()).isEqualTo(DayKind.WORKING_DAY);
        assertThat(read.description()).isEqualTo(vietnamese);
        assertThat(read.updatedBy()).isEqualTo("quantri");
        assertThat(read.updatedAt().toInstant()).isEqualTo(Instant.parse("2026-01-05T02:30:15.123456Z"));

        assertThat(repository.findAll()).extracting(CalendarOverride::day)
                .containsExactly(d("2026-02-13"), d("2026-02-28"), d("2027-01-02"));
        assertThat(repository.findBetween(d("2026-01-01"), d("2026-12-31"))).extracting(CalendarOverride::day)
                .containsExactly(d("2026-02-13"), d("2026-02-28"));

        repository.save(override("2026-02-13", DayKind.DAY_OFF, "Nghỉ thêm (đã sửa)"));
        assertThat(repository.findByDay(d("2026-02-13")).orElseThrow().description()).isEqualTo("Nghỉ thêm (đã sửa)");
        assertThat(repository.findAll()).hasSize(3);

        assertThat(repository.delete(d("2026-02-13"))).isTrue();
        assertThat(repository.delete(d("2026-02-13"))).isFalse();
        assertThat(repository.findByDay(d("2026-02-13"))).isEmpty();
    }

    @Test
    void descriptionOf500CharactersFits() {
        String longText = "Ngày nghỉ ".repeat(50);
        assertThat(longText).hasSize(500);
        repository.save(override("2026-03-10", DayKind.DAY_OFF, longText));
        assertThat(repository.findByDay(d("2026-03-10")).orElseThrow().description()).isEqualTo(longText);
    }

    @Test
    void tableRejectsAnUnknownKind() {
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO working_calendar_override"
                        + " (\"day\", kind, description, updated_by, updated_at)"
                        + " VALUES (DATE '2026-03-10', 'HOLIDAY', 'x', 'y', CURRENT_TIMESTAMP)").update())
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void serviceUsesTheOverridesStoredInTheDatabase() {
        assertThat(calendar.addWorkingDays(d("2026-02-27"), 1)).isEqualTo(d("2026-03-02"));

        CalendarOverride saved = calendar.putOverride(d("2026-02-28"), DayKind.WORKING_DAY,
                "Làm bù cho ngày nghỉ thêm 13/02/2026", "quantri");
        calendar.putOverride(d("2026-02-13"), DayKind.DAY_OFF, "Nghỉ thêm trước Tết", "quantri");

        assertThat(calendar.addWorkingDays(d("2026-02-27"), 1)).isEqualTo(d("2026-02-28"));
        assertThat(calendar.addWorkingDays(d("2026-02-12"), 1)).isEqualTo(d("2026-02-23"));
        assertThat(calendar.daysOff(2026)).filteredOn(day -> day.origin() == CalendarDay.Origin.OVERRIDE)
                .extracting(CalendarDay::date).containsExactly(d("2026-02-13"), d("2026-02-28"));
        assertThat(calendar.overrides(2026)).hasSize(2)
                .first().satisfies(o -> assertThat(o.description()).isEqualTo("Nghỉ thêm trước Tết"));
        assertThat(repository.findByDay(d("2026-02-28")).orElseThrow().updatedAt().toInstant())
                .isEqualTo(saved.updatedAt().toInstant());

        assertThat(calendar.deleteOverride(d("2026-02-28"))).isTrue();
        assertThat(calendar.addWorkingDays(d("2026-02-27"), 1)).isEqualTo(d("2026-03-02"));
    }
}
