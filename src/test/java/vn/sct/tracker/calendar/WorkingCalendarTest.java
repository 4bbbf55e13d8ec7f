package vn.sct.tracker.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class WorkingCalendarTest {

    private final InMemoryCalendarOverrideRepository repository = new InMemoryCalendarOverrideRepository();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T02:00:00Z"));
    private WorkingCalendar calendar;

    @BeforeEach
    void setUp() {
        calendar = new WorkingCalendar(new VietnameseHolidays(), repository, Duration.ofMinutes(1), clock);
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void weekdaysWorkWeekendsAndHolidaysDoNot() {
        assertThat(calendar.isWorkingDay(d("2026-01-02"))).isTrue();   // Friday
        assertThat(calendar.isWorkingDay(d("2026-01-03"))).isFalse();  // Saturday
        assertThat(calendar.isWorkingDay(d("2026-01-04"))).isFalse();  // Sunday
        assertThat(calendar.isWorkingDay(d("2026-01-01"))).isFalse();  // Tết Dương lịch
        assertThat(calendar.isWorkingDay(d("2026-02-16"))).isFalse();  // 29 tháng Chạp
        assertThat(calendar.isWorkingDay(d("2026-04-27"))).isFalse();  // nghỉ bù Giỗ Tổ (Sunday 26/4)
        assertThat(calendar.isWorkingDay(d("2026-04-28"))).isTrue();
    }

    @Test
    void addWorkingDaysAcrossTet2026() {
        // Tết Bính Ngọ: Monday 16/2 (29 Chạp) .. Friday 20/2 (mùng 4).
        assertThat(calendar.addWorkingDays(d("2026-02-13"), 1)).isEqualTo(d("2026-02-23"));
        assertThat(calendar.addWorkingDays(d("2026-02-12"), 2)).isEqualTo(d("2026-02-23"));
        assertThat(calendar.addWorkingDays(d("2026-02-12"), 5)).isEqualTo(d("2026-02-26"));
        assertThat(calendar.addWorkingDays(d("2026-02-18"), 0)).isEqualTo(d("2026-02-23"));
        assertThat(calendar.addWorkingDays(d("2026-02-23"), -1)).isEqualTo(d("2026-02-13"));
    }

    @Test
    void addWorkingDaysAcrossTet2027WithCompensatoryDays() {
        // Tết Đinh Mùi: Friday 5/2 (29 Chạp) .. Tuesday 9/2; mùng 1-2 on the weekend are
        // compensated on Wednesday 10/2 and Thursday 11/2.
        assertThat(calendar.addWorkingDays(d("2027-02-04"), 1)).isEqualTo(d("2027-02-12"));
        assertThat(calendar.addWorkingDays(d("2027-02-04"), 2)).isEqualTo(d("2027-02-15"));
        assertThat(calendar.addWorkingDays(d("2027-02-12"), -1)).isEqualTo(d("2027-02-04"));
        assertThat(calendar.workingDaysBetween(d("2027-02-04"), d("2027-02-12"))).isEqualTo(1);
    }

    @Test
    void addWorkingDaysAcrossVictoryAndLabourDay() {
        // 2025: Wednesday 30/4 and Thursday 1/5.
        assertThat(calendar.addWorkingDays(d("2025-04-29"), 1)).isEqualTo(d("2025-05-02"));
        // 2028: 30/4 is a Sunday, 1/5 a Monday: 30/4 is compensated on Tuesday 2/5.
        assertThat(calendar.isWorkingDay(d("2028-05-02"))).isFalse();
        assertThat(calendar.addWorkingDays(d("2028-04-28"), 1)).isEqualTo(d("2028-05-03"));
        assertThat(calendar.workingDaysBetween(d("2028-04-28"), d("2028-05-05"))).isEqualTo(3);
    }

    @Test
    void addWorkingDaysAcrossNationalDay() {
        // 2025: Monday 1/9 and Tuesday 2/9.
        assertThat(calendar.addWorkingDays(d("2025-08-29"), 1)).isEqualTo(d("2025-09-03"));
        // 2029: Saturday 1/9 and Sunday 2/9, compensated on Monday 3/9 and Tuesday 4/9.
        assertThat(calendar.addWorkingDays(d("2029-08-31"), 1)).isEqualTo(d("2029-09-05"));
    }

    @Test
    void zeroDaysReturnsTheDayItselfOrTheNextWorkingDay() {
        assertThat(calendar.addWorkingDays(d("2026-03-10"), 0)).isEqualTo(d("2026-03-10"));
        assertThat(calendar.addWorkingDays(d("2026-03-14"), 0)).isEqualTo(d("2026-03-16"));
        // n > 0 never counts the start day, working or not.
        assertThat(calendar.addWorkingDays(d("2026-03-14"), 1)).isEqualTo(d("2026-03-16"));
        assertThat(calendar.addWorkingDays(d("2026-03-13"), 1)).isEqualTo(d("2026-03-16"));
    }

    @Test
    void workingDaysBetweenIsHalfOpenAndSigned() {
        assertThat(calendar.workingDaysBetween(d("2026-02-13"), d("2026-02-23"))).isEqualTo(1);
        assertThat(calendar.workingDaysBetween(d("2026-02-23"), d("2026-02-13"))).isEqualTo(-1);
        assertThat(calendar.workingDaysBetween(d("2026-02-23"), d("2026-02-23"))).isZero();
        assertThat(calendar.workingDaysBetween(d("2026-03-09"), d("2026-03-13"))).isEqualTo(4);
        // 261 weekdays in 2026 minus 11 weekday holidays (incl. the compensatory day 27/4).
        assertThat(calendar.workingDaysBetween(d("2025-12-31"), d("2026-12-31"))).isEqualTo(250);
        assertThat(calendar.workingDaysInYear(2026)).isEqualTo(250);
    }

    @Test
    void addAndBetweenAreConsistent() {
        Random random = new Random(42);
        LocalDate base = d("2024-01-01");
        for (int i = 0; i < 500; i++) {
            LocalDate start = base.plusDays(random.nextInt(7 * 365));
            int n = 1 + random.nextInt(60);
            LocalDate end = calendar.addWorkingDays(start, n);
            assertThat(calendar.isWorkingDay(end)).isTrue();
            assertThat(calendar.workingDaysBetween(start, end)).as("%s + %d", start, n).isEqualTo(n);
        }
    }

    @Test
    void swappedWorkingSaturdayOverride() {
        // A schedule like Tết 2025's: Monday 27/1 off, made up by working on Saturday 8/2.
        calendar.putOverride(d("2025-01-27"), DayKind.DAY_OFF,
                "Nghỉ hoán đổi, làm bù vào thứ Bảy 08/02/2025", "admin");
        calendar.putOverride(d("2025-02-08"), DayKind.WORKING_DAY,
                "Làm bù cho ngày thứ Hai 27/01/2025", "admin");

        assertThat(calendar.isWorkingDay(d("2025-01-27"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2025-02-08"))).isTrue();
        // Friday 24/1 + 1: 27/1 swapped, 28/1-1/2 Tết, 3/2 compensates mùng 4 (Saturday 1/2).
        assertThat(calendar.addWorkingDays(d("2025-01-24"), 1)).isEqualTo(d("2025-02-04"));
        assertThat(calendar.addWorkingDays(d("2025-02-07"), 1)).isEqualTo(d("2025-02-08"));
        assertThat(calendar.addWorkingDays(d("2025-02-10"), -1)).isEqualTo(d("2025-02-08"));
        assertThat(calendar.daysOff(2025)).filteredOn(day -> day.origin() == CalendarDay.Origin.OVERRIDE)
                .extracting(CalendarDay::date, CalendarDay::kind, CalendarDay::weekday)
                .containsExactly(
                        tuple(d("2025-01-27"), DayKind.DAY_OFF, "thứ Hai"),
                        tuple(d("2025-02-08"), DayKind.WORKING_DAY, "thứ Bảy"));
    }

    @Test
    void extraDayOffOverride() {
        int before = calendar.workingDaysBetween(d("2025-12-31"), d("2026-01-31"));
        calendar.putOverride(d("2026-01-02"), DayKind.DAY_OFF, "Nghỉ thêm theo quyết định của Thủ tướng", "admin");
        assertThat(calendar.isWorkingDay(d("2026-01-02"))).isFalse();
        assertThat(calendar.workingDaysBetween(d("2025-12-31"), d("2026-01-31"))).isEqualTo(before - 1);
        assertThat(calendar.addWorkingDays(d("2025-12-31"), 1)).isEqualTo(d("2026-01-05"));

        assertThat(calendar.deleteOverride(d("2026-01-02"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2026-01-02"))).isTrue();
        assertThat(calendar.deleteOverride(d("2026-01-02"))).isFalse();
    }

    @Test
    void holidayCanBeMovedByOverrides() {
        // The Prime Minister picks 3/9 instead of 1/9 as the day adjacent to the National Day.
        calendar.putOverride(d("2025-09-01"), DayKind.WORKING_DAY, "Đi làm; ngày nghỉ liền kề Quốc khánh là 3/9", "admin");
        calendar.putOverride(d("2025-09-03"), DayKind.DAY_OFF, "Quốc khánh (ngày liền kề 2/9)", "admin");
        assertThat(calendar.isWorkingDay(d("2025-09-01"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2025-09-03"))).isFalse();
        assertThat(calendar.addWorkingDays(d("2025-08-29"), 1)).isEqualTo(d("2025-09-01"));
        assertThat(calendar.addWorkingDays(d("2025-09-01"), 1)).isEqualTo(d("2025-09-04"));
    }

    @Test
    void daysOffOf2026() {
        List<CalendarDay> days = calendar.daysOff(2026);
        assertThat(days).extracting(CalendarDay::date).containsExactly(
                d("2026-01-01"), d("2026-02-16"), d("2026-02-17"), d("2026-02-18"), d("2026-02-19"),
                d("2026-02-20"), d("2026-04-27"), d("2026-04-30"), d("2026-05-01"), d("2026-09-01"),
                d("2026-09-02"));
        assertThat(days).allMatch(day -> day.kind() == DayKind.DAY_OFF);
        assertThat(days.get(0).reason()).isEqualTo("Tết Dương lịch (1/1)");
        assertThat(days.get(0).weekday()).isEqualTo("thứ Năm");
        assertThat(days.get(6).origin()).isEqualTo(CalendarDay.Origin.COMPENSATORY);
        assertThat(days.get(6).reason()).startsWith("Nghỉ bù Giỗ Tổ Hùng Vương");
        assertThat(days.get(7).origin()).isEqualTo(CalendarDay.Origin.HOLIDAY);
    }

    @Test
    void deadlineInstantIsTheStartOfTheNextDayInVietnam() {
        assertThat(calendar.deadlineInstant(d("2026-02-23"))).isEqualTo(Instant.parse("2026-02-23T17:00:00Z"));
        assertThat(calendar.isOverdue(d("2026-02-23"), Instant.parse("2026-02-23T16:59:59.999Z"))).isFalse();
        assertThat(calendar.isOverdue(d("2026-02-23"), Instant.parse("2026-02-23T17:00:00Z"))).isTrue();
    }

    @Test
    void aYearOfCalculationsReadsTheOverridesOnce() {
        assertThat(calendar.addWorkingDays(d("2026-01-01"), 250)).isEqualTo(d("2026-12-31"));
        assertThat(calendar.addWorkingDays(d("2026-01-01"), 251)).isEqualTo(d("2027-01-04"));
        assertThat(calendar.addWorkingDays(d("2027-01-04"), -251)).isEqualTo(d("2025-12-31"));
        calendar.workingDaysBetween(d("2026-01-01"), d("2026-12-31"));
        calendar.daysOff(2026);
        assertThat(repository.findAllCalls).hasValue(1);
    }

    @Test
    void changingAnOverrideInvalidatesTheCache() {
        calendar.isWorkingDay(d("2026-03-14"));
        calendar.putOverride(d("2026-03-14"), DayKind.WORKING_DAY, "Làm bù", "admin");
        assertThat(calendar.isWorkingDay(d("2026-03-14"))).isTrue();
        assertThat(repository.findAllCalls).hasValue(2);
        calendar.deleteOverride(d("2026-03-14"));
        assertThat(calendar.isWorkingDay(d("2026-03-14"))).isFalse();
        assertThat(repository.findAllCalls).hasValue(3);
    }

    @Test
    void changesOfAnotherNodeAreSeenAfterTheTtl() {
        assertThat(calendar.isWorkingDay(d("2026-03-14"))).isFalse();
        repository.save(new CalendarOverride(d("2026-03-14"), DayKind.WORKING_DAY, "Làm bù", "other-node",
                OffsetDateTime.now(clock)));
        clock.advance(Duration.ofSeconds(59));
        assertThat(calendar.isWorkingDay(d("2026-03-14"))).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(calendar.isWorkingDay(d("2026-03-14"))).isTrue();
        assertThat(repository.findAllCalls).hasValue(2);
    }

    @Test
    void cacheIsInvalidatedAgainAfterTheTransactionCompletes() {
        TransactionSynchronizationManager.initSynchronization();
        try {
            calendar.putOverride(d("2026-03-14"), DayKind.WORKING_DAY, "Làm bù", "admin");
            List<TransactionSynchronization> synchronizations = TransactionSynchronizationManager.getSynchronizations();
            assertThat(synchronizations).hasSize(1);
            calendar.isWorkingDay(d("2026-03-14"));
            synchronizations.forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
            calendar.isWorkingDay(d("2026-03-14"));
            assertThat(repository.findAllCalls).hasValue(2);
        } finally {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void putOverrideStoresWhoAndWhen() {
        CalendarOverride saved = calendar.putOverride(d("2026-03-14"), DayKind.WORKING_DAY, "  Làm bù  ", "  admin ");
        assertThat(saved.description()).isEqualTo("Làm bù");
        assertThat(saved.updatedBy()).isEqualTo("admin");
        assertThat(saved.updatedAt().toInstant()).isEqualTo(clock.instant());
        assertThat(calendar.overrides(2026)).containsExactly(saved);
        assertThat(calendar.putOverride(d("2026-03-21"), DayKind.WORKING_DAY, "Làm bù", null).updatedBy())
                .isEqualTo("unknown");
    }

    @Test
    void pointlessOrInvalidOverridesAreRejected() {
        assertRejected(d("2026-03-14"), DayKind.DAY_OFF, "x", "kind", "thứ Bảy");          // Saturday
        assertRejected(d("2026-03-15"), DayKind.DAY_OFF, "x", "kind", "Chủ nhật");         // Sunday
        assertRejected(d("2026-03-10"), DayKind.WORKING_DAY, "x", "kind", "vốn là ngày làm việc");
        assertRejected(d("2026-02-17"), DayKind.DAY_OFF, "x", "kind", "Tết Nguyên đán");   // already a holiday
        assertRejected(d("2026-03-10"), null, "x", "kind", "bắt buộc");
        assertRejected(d("2026-03-10"), DayKind.DAY_OFF, "  ", "description", "bắt buộc");
        assertRejected(d("2026-03-10"), DayKind.DAY_OFF, null, "description", "bắt buộc");
        assertRejected(d("2026-03-10"), DayKind.DAY_OFF, "x".repeat(501), "description", "500");
        assertRejected(d("1899-03-10"), DayKind.DAY_OFF, "x", "date", "1900");
        assertThat(repository.findAll()).isEmpty();

        // A weekday holiday may be declared a working day; replacing an existing override is fine.
        calendar.putOverride(d("2026-02-20"), DayKind.WORKING_DAY, "Đi làm", "admin");
        calendar.putOverride(d("2026-03-10"), DayKind.DAY_OFF, "Nghỉ thêm", "admin");
        calendar.putOverride(d("2026-03-10"), DayKind.DAY_OFF, "Nghỉ thêm (sửa)", "admin");
        assertThat(calendar.overrides(2026)).extracting(CalendarOverride::description)
                .containsExactly("Đi làm", "Nghỉ thêm (sửa)");
    }

    @Test
    void walkingOutOfTheSupportedYearsFails() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(VietnameseHolidays.MAX_YEAR, 12, 31), 5))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calendar.daysOff(1800)).isInstanceOf(IllegalArgumentException.class);
    }

    private void assertRejected(LocalDate day, DayKind kind, String description, String field, String messagePart) {
        assertThatThrownBy(() -> calendar.putOverride(day, kind, description, "admin"))
                .isInstanceOfSatisfying(vn.sct.tracker.common.ValidationException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(messagePart);
                });
    }
}
