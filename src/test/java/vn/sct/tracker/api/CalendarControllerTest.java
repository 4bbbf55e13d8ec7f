package vn.sct.tracker.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import vn.sct.tracker.calendar.InMemoryCalendarOverrideRepository;
import vn.sct.tracker.calendar.VietnameseHolidays;
import vn.sct.tracker.calendar.WorkingCalendar;

/**
 * The REST API with MockMvc. Self-contained: the nested configuration imports only this module
 * (so the test does not depend on the application class) and enables method security as the
 * application does; Spring Boot's default web security applies (authenticated users, CSRF).
 */
@WebMvcTest
@WithMockUser(username = "chuyenvien")
class CalendarControllerTest {

    @Configuration
    @EnableMethodSecurity
    @Import({CalendarController.class, ApiErrors.class, vn.sct.tracker.config.InputFormats.class})
    static class TestConfig {
        @Bean
        InMemoryCalendarOverrideRepository calendarOverrideRepository() {
            return new InMemoryCalendarOverrideRepository();
        }

        @Bean
        WorkingCalendar workingCalendar(InMemoryCalendarOverrideRepository repository) {
            return new WorkingCalendar(new VietnameseHolidays(), repository, Duration.ofMinutes(1), Clock.systemUTC());
        }
    }

    @Autowired
    private MockMvc mvc;
    @Autowired
    private InMemoryCalendarOverrideRepository repository;
    @Autowired
    private WorkingCalendar calendar;

    @BeforeEach
    void clean() {
        repository.clear();
        calendar.invalidateCache();
    }

    @Test
    void yearListsDaysOffWithVietnameseReasons() throws Exception {
        mvc.perform(get("/api/calendar/2026"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2026))
                .andExpect(jsonPath("$.workingDays").value(250))
                .andExpect(jsonPath("$.days.length()").value(11))
                .andExpect(jsonPath("$.days[0].date").value("2026-01-01"))
                .andExpect(jsonPath("$.days[0].weekday").value("thứ Năm"))
                .andExpect(jsonPath("$.days[0].kind").value("DAY_OFF"))
                .andExpect(jsonPath("$.days[0].origin").value("HOLIDAY"))
                .andExpect(jsonPath("$.days[0].reason").value("Tết Dương lịch (1/1)"))
                .andExpect(jsonPath("$.days[6].origin").value("COMPENSATORY"));
    }

    @Test
    void workingDaysAndAdd() throws Exception {
        mvc.perform(get("/api/calendar/working-days").param("from", "2026-02-13").param("to", "2026-02-23"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.workingDays").value(1));
        mvc.perform(get("/api/calendar/add").param("date", "2026-02-13").param("days", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result").value("2026-02-23"));
        mvc.perform(get("/api/calendar/add").param("date", "2026-02-23").param("days", "-1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result").value("2026-02-13"));
    }

    @Test
    void badQueryParametersGiveFieldAndVietnameseMessage() throws Exception {
        mvc.perform(get("/api/calendar/add").param("date", "13/02/2026").param("days", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.result").value("2026-02-23"));
        for (String bad : new String[] {"2026-02-30", "2026-02-13T10:00", "0000-01-01", "+2026-02-13", "13.02.2026"}) {
            mvc.perform(get("/api/calendar/add").param("date", bad).param("days", "1"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value("date"))
                    .andExpect(jsonPath("$.message").value(Matchers.startsWith("Ngày: ")));
        }
        mvc.perform(get("/api/calendar/add").param("date", "2026-02-13"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("days"))
                .andExpect(jsonPath("$.message").value(Matchers.containsString("Thiếu tham số")));
        mvc.perform(get("/api/calendar/add").param("date", "2026-02-13").param("days", "100000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("days"));
        mvc.perform(get("/api/calendar/1800"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("year"));
    }

    @Test
    @WithMockUser(username = "quantri", authorities = "camunda-admin")
    void adminPutsListsAndDeletesAnOverride() throws Exception {
        mvc.perform(put("/api/calendar/overrides/2026-02-28").with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\": \"WORKING_DAY\", \"description\": \"Làm bù cho ngày 13/02/2026\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.day").value("2026-02-28"))
                .andExpect(jsonPath("$.kind").value("WORKING_DAY"))
                .andExpect(jsonPath("$.updatedBy").value("quantri"));
        mvc.perform(get("/api/calendar/add").param("date", "2026-02-27").param("days", "1"))
                .andExpect(jsonPath("$.result").value("2026-02-28"));
        mvc.perform(get("/api/calendar/overrides").param("year", "2026"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].description").value("Làm bù cho ngày 13/02/2026"));

        mvc.perform(delete("/api/calendar/overrides/2026-02-28").with(csrf()))
                .andExpect(status().isNoContent());
        mvc.perform(delete("/api/calendar/overrides/2026-02-28").with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("date"));
    }

    @Test
    @WithMockUser(username = "quantri", authorities = "camunda-admin")
    void invalidOverridesAreRejectedWith400() throws Exception {
        putOverride("2026-03-10", "{\"kind\": \"HOLIDAY\", \"description\": \"x\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("kind"))
                .andExpect(jsonPath("$.message").value(
                        "Loại ngày phải là DAY_OFF (ngày nghỉ) hoặc WORKING_DAY (ngày làm việc)."));
        putOverride("2026-03-10", "{\"kind\": \"DAY_OFF\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("description"));
        putOverride("2026-03-14", "{\"kind\": \"DAY_OFF\", \"description\": \"Nghỉ\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("kind"))
                .andExpect(jsonPath("$.message").value(Matchers.containsString("ngày nghỉ hằng tuần")));
        putOverride("2026-03-10", "{\"kind\": \"WORKING_DAY\", \"description\": \"Làm\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("kind"))
                .andExpect(jsonPath("$.message").value(Matchers.containsString("vốn là ngày làm việc")));
        putOverride("2026-03-10", "{not json")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("body"));
        putOverride("2026-13-10", "{\"kind\": \"DAY_OFF\", \"description\": \"x\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("date"));
    }

    @Test
    void overridesRequireTheCamundaAdminAuthority() throws Exception {
        putOverride("2026-02-28", "{\"kind\": \"WORKING_DAY\", \"description\": \"Làm bù\"}")
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/calendar/overrides/2026-02-28").with(csrf()))
                .andExpect(status().isForbidden());
    }

    private org.springframework.test.web.servlet.ResultActions putOverride(String date, String json) throws Exception {
        return mvc.perform(put("/api/calendar/overrides/" + date).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }
}
