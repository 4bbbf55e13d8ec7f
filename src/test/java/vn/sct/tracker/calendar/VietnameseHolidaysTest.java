package vn.sct.tracker.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import net.time4j.PlainDate;
import net.time4j.calendar.ChineseCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseHolidaysTest {

    private final VietnameseHolidays rule = new VietnameseHolidays();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "Tết {0} = {1}")
    @CsvSource({
            "2024, 2024-02-10",
            "2025, 2025-01-29",
            "2026, 2026-02-17",
            "2027, 2027-02-06",
            "2028, 2028-01-26",
            "2029, 2029-02-13",
            // Vietnamese Tết Canh Tuất is 2/2/2030: the new moon is at 23:07 on 2/2 in UTC+7 but
            // 00:07 on 3/2 in UTC+8, so 3/2/2030 is the Chinese new year (see the test below).
            "2030, 2030-02-02",
    })
    void lunarNewYear(int year, LocalDate expected) {
        assertThat(VietnameseHolidays.lunarNewYear(year)).isEqualTo(expected);
    }

    @Test
    void tet2030DiffersFromTheChineseNewYear() {
        PlainDate chinese = ChineseCalendar.ofNewYear(2030).transform(PlainDate.axis());
        assertThat(chinese.toTemporalAccessor()).isEqualTo(d("2030-02-03"));
        assertThat(VietnameseHolidays.lunarNewYear(2030)).isEqualTo(d("2030-02-02"));
        // Known historical differences between the two calendars are reproduced as well.
        assertThat(VietnameseHolidays.lunarNewYear(2007)).isEqualTo(d("2007-02-17"));
        assertThat(VietnameseHolidays.lunarNewYear(1985)).isEqualTo(d("1985-01-21"));
    }

    @ParameterizedTest(name = "Giỗ Tổ {0} = {1}")
    @CsvSource({
            "2024, 2024-04-18",
            "2025, 2025-04-07",
            "2026, 2026-04-26",
            "2027, 2027-04-16",
            "2028, 2028-04-04",
            "2029, 2029-04-23",
            "2030, 2030-04-12",
    })
    void hungKingsDay(int year, LocalDate expected) {
        assertThat(VietnameseHolidays.hungKingsDay(year)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: last day of the lunar year is {1} = {2} tháng Chạp")
    @CsvSource({
            "2024, 2024-02-09, 30",
            "2025, 2025-01-28, 29",
            "2026, 2026-02-16, 29",
            "2027, 2027-02-05, 29",
            "2030, 2030-02-01, 29",
            "2033, 2033-01-30, 30",
            "2034, 2034-02-18, 30",
    })
    void tetStartsOnTheLastDayOfTheTwelfthMonthWhetherItHas29Or30Days(int year, LocalDate lastDay, int dayOfMonth) {
        assertThat(VietnameseHolidays.lastDayOfLunarYear(year)).isEqualTo(lastDay);
        List<Holiday> tet = rule.statutoryHolidays(year).stream()
                .filter(h -> h.name().startsWith("Tết Nguyên đán"))
                .toList();
        assertThat(tet).extracting(Holiday::date)
                .containsExactly(lastDay, lastDay.plusDays(1), lastDay.plusDays(2), lastDay.plusDays(3), lastDay.plusDays(4));
        assertThat(tet.get(0).name()).isEqualTo("Tết Nguyên đán (" + dayOfMonth + " tháng Chạp)");
        assertThat(tet.get(1).name()).isEqualTo("Tết Nguyên đán (mùng 1 tháng Giêng)");
        assertThat(tet.get(4).name()).isEqualTo("Tết Nguyên đán (mùng 4 tháng Giêng)");
    }

    @Test
    void allHolidaysOf2026() {
        assertThat(rule.holidays(2026)).containsExactly(
                new Holiday(d("2026-01-01"), "Tết Dương lịch (1/1)", Holiday.Type.STATUTORY),
                new Holiday(d("2026-02-16"), "Tết Nguyên đán (29 tháng Chạp)", Holiday.Type.STATUTORY),
                new Holiday(d("2026-02-17"), "Tết Nguyên đán (mùng 1 tháng Giêng)", Holiday.Type.STATUTORY),
                new Holiday(d("2026-02-18"), "Tết Nguyên đán (mùng 2 tháng Giêng)", Holiday.Type.STATUTORY),
                new Holiday(d("2026-02-19"), "Tết Nguyên đán (mùng 3 tháng Giêng)", Holiday.Type.STATUTORY),
                new Holiday(d("2026-02-20"), "Tết Nguyên đán (mùng 4 tháng Giêng)", Holiday.Type.STATUTORY),
                new Holiday(d("2026-04-26"), "Giỗ Tổ Hùng Vương (10/3 âm lịch)", Holiday.Type.STATUTORY),
                new Holiday(d("2026-04-27"), "Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch) trùng Chủ nhật 26/04/2026",
                        Holiday.Type.COMPENSATORY),
                new Holiday(d("2026-04-30"), "Ngày Chiến thắng (30/4)", Holiday.Type.STATUTORY),
                new Holiday(d("2026-05-01"), "Ngày Quốc tế Lao động (1/5)", Holiday.Type.STATUTORY),
                new Holiday(d("2026-09-01"), "Quốc khánh (ngày liền kề 2/9)", Holiday.Type.STATUTORY),
                new Holiday(d("2026-09-02"), "Quốc khánh (2/9)", Holiday.Type.STATUTORY));
    }

    @Test
    void elevenStatutoryHolidaysEveryYear() {
        for (int year = 2024; year <= 2030; year++) {
            int y = year;
            assertThat(rule.statutoryHolidays(y)).as("year %d", y).hasSize(11)
                    .allMatch(h -> h.date().getYear() == y);
            assertThat(rule.holidays(y)).allMatch(h -> h.date().getYear() == y);
        }
    }

    @Test
    void weekendHolidaysAreCompensatedByTheNextWorkingDays2028() {
        // 1/1/2028 Saturday; Tết 25/1 (Tue) .. 29/1 (Sat); 30/4 Sunday with 1/5 on Monday; 2/9 Saturday.
        assertThat(rule.compensatoryDays(2028)).extracting(Holiday::date)
                .containsExactly(d("2028-01-03"), d("2028-01-31"), d("2028-05-02"), d("2028-09-04"));
        assertThat(rule.compensatoryDays(2028).get(2).name())
                .isEqualTo("Nghỉ bù Ngày Chiến thắng (30/4) trùng Chủ nhật 30/04/2028");
    }

    @Test
    void tetBlockWithAWeekendInsideIsCompensatedAfterTheBlock() {
        // 2027: 29 Chạp Friday 5/2, mùng 1 Saturday, mùng 2 Sunday, mùng 3-4 Monday-Tuesday.
        assertThat(rule.compensatoryDays(2027)).extracting(Holiday::date)
                .containsExactly(d("2027-02-10"), d("2027-02-11"), d("2027-05-03"));
        // 2024: 30 Chạp Friday 9/2, mùng 1-2 on the weekend.
        assertThat(rule.compensatoryDays(2024)).extracting(Holiday::date)
                .containsExactly(d("2024-02-14"), d("2024-02-15"), d("2024-09-03")); // 1/9/2024 was a Sunday
    }

    @Test
    void nationalDayOnAWeekendGivesTwoCompensatoryDays2029() {
        // 1/9/2029 Saturday, 2/9/2029 Sunday.
        assertThat(rule.compensatoryDays(2029)).extracting(Holiday::date)
                .containsExactly(d("2029-09-03"), d("2029-09-04"));
    }

    @Test
    void compensationCanBeSwitchedOff() {
        VietnameseHolidays without = rule.withoutCompensation();
        assertThat(without.compensatesWeekendHolidays()).isFalse();
        assertThat(without.compensatoryDays(2028)).isEmpty();
        assertThat(without.holidays(2028)).hasSize(11);
        assertThat(rule.compensatoryDays(2028)).hasSize(4);
    }

    @Test
    void nationalDayAdjacentDayCanBeTheThirdOfSeptember() {
        VietnameseHolidays custom = rule.withNationalDayAdjacentDay(d("2025-09-03"));
        assertThat(custom.nationalDayAdjacentDay(2025)).isEqualTo(d("2025-09-03"));
        assertThat(custom.nationalDayAdjacentDay(2026)).isEqualTo(d("2026-09-01"));
        assertThat(custom.statutoryHolidays(2025)).extracting(Holiday::date)
                .contains(d("2025-09-02"), d("2025-09-03"))
                .doesNotContain(d("2025-09-01"));
        assertThat(rule.nationalDayAdjacentDay(2025)).isEqualTo(d("2025-09-01"));
        assertThatThrownBy(() -> rule.withNationalDayAdjacentDay(d("2025-09-04")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void holidaysOnTheSameDateAreCompensated() {
        // 10/3 lunar fell on 30/4 in 1947 (a Wednesday): the second holiday moves to the next
        // working day that is free, Friday 2/5 (1/5 being Labour Day).
        assertThat(VietnameseHolidays.hungKingsDay(1947)).isEqualTo(d("1947-04-30"));
        assertThat(rule.compensatoryDays(1947)).extracting(Holiday::date).contains(d("1947-05-02"));
    }

    @Test
    void supportedYears() {
        assertThat(rule.holidays(VietnameseHolidays.MIN_YEAR)).isNotEmpty();
        assertThat(rule.holidays(VietnameseHolidays.MAX_YEAR)).isNotEmpty();
        assertThatThrownBy(() -> rule.holidays(VietnameseHolidays.MIN_YEAR - 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VietnameseHolidays.lunarNewYear(VietnameseHolidays.MAX_YEAR + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
