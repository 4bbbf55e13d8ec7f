package vn.sct.tracker.setup;

import static org.assertj.core.api.Assertions.assertThat;
import vn.sct.tracker.organisation.OrganisationService;
import static vn.sct.tracker.setup.TasklistFilters.*;
import static vn.sct.tracker.support.EngineClock.clock;
import static vn.sct.tracker.process.lifecycle.DirectiveLifecycle.*;
import static vn.sct.tracker.support.LifecycleDriver.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.sct.tracker.support.PostgresProcessTest;
import vn.sct.tracker.support.LifecycleDriver;

/** The saved Tasklist filters: who sees which, and what each lists as the clock moves. */
class TasklistFiltersTest extends PostgresProcessTest {

    @Autowired FilterService filters;
    @Autowired TasklistFilters setup;
    @Autowired LifecycleDriver driver;
    @Autowired OrganisationService organisation;

    @Test
    void eachPersonSeesTheFiltersOfTheirRoles() {
        String qlcn = DIVISION_TASKS + organisation.divisionName("QLCN");
        String qltm = DIVISION_TASKS + organisation.divisionName("QLTM");
        assertThat(names(SPECIALIST)).containsExactlyInAnyOrder(MY_TASKS, qlcn, OVERDUE, DUE_IN_3_WORKING_DAYS,
                ALL_TASKS);
        assertThat(names(HEAD)).containsExactlyInAnyOrder(MY_TASKS, WAITING_FOR_MY_REVIEW, qlcn, OVERDUE,
                DUE_IN_3_WORKING_DAYS, ALL_TASKS);
        assertThat(names(DIRECTOR)).contains(MY_TASKS, WAITING_FOR_MY_REVIEW, OVERDUE).doesNotContain(qlcn, qltm);
        assertThat(names("qltm.cv1")).contains(qltm).doesNotContain(qlcn);
        assertThat(names(DEPUTY)).as("pgd.hai is in charge of QLCN, not QLTM").contains(qlcn).doesNotContain(qltm);
        // Personal filters are personal: one "Việc của tôi" each, owned by its person.
        assertThat(driver.as(SPECIALIST, () -> filters.createFilterQuery().filterName(MY_TASKS).list()))
                .singleElement().extracting(Filter::getOwner).isEqualTo(SPECIALIST);
    }

    @Test
    void filtersListTheRightTasks_andTheDateFiltersFollowTheCalendar() {
        clock("2026-12-01T09:00"); // Tuesday
        setup.refresh();
        Map<String, Object> form = driver.registration(LocalDate.parse("2026-12-10"));
        ProcessInstance pi = driver.register(form);
        driver.assign(pi, "QLCN", List.of(), null);
        driver.assignSpecialist(pi, HEAD, SPECIALIST);
        Task draft = driver.task(SPECIALIST, pi, TASK_DRAFT);

        assertThat(ids(SPECIALIST, MY_TASKS)).contains(draft.getId());
        assertThat(ids(HEAD, DIVISION_TASKS + organisation.divisionName("QLCN"))).contains(draft.getId());
        assertThat(ids(OTHER_SPECIALIST, MY_TASKS)).doesNotContain(draft.getId());
        assertThat(ids(DEPUTY, ALL_TASKS)).as("the deputy in charge of QLCN follows its work").contains(draft.getId());
        assertThat(ids("pgd.lan", ALL_TASKS)).as("another deputy does not").doesNotContain(draft.getId());
        assertThat(ids("qltm.tp", ALL_TASKS)).doesNotContain(draft.getId());
        assertThat(ids(HEAD, WAITING_FOR_MY_REVIEW)).doesNotContain(draft.getId());
        assertThat(ids(SPECIALIST, DUE_IN_3_WORKING_DAYS)).doesNotContain(draft.getId());

        driver.draft(pi, TASK_DRAFT, SPECIALIST, "Dự thảo");
        Task review = driver.task(HEAD, pi, TASK_REVIEW_BY_HEAD);
        assertThat(ids(HEAD, WAITING_FOR_MY_REVIEW)).contains(review.getId());
        assertThat(ids("qltm.tp", WAITING_FOR_MY_REVIEW)).doesNotContain(review.getId());

        // Due 23:59 Thursday 03/12 (2 working days for a review). On Tuesday it is due within 3 working days.
        assertThat(ids(HEAD, DUE_IN_3_WORKING_DAYS)).contains(review.getId());
        assertThat(ids(HEAD, OVERDUE)).doesNotContain(review.getId());
        clock("2026-12-04T00:30");
        setup.refresh();
        assertThat(ids(HEAD, OVERDUE)).contains(review.getId());
        assertThat(ids(HEAD, DUE_IN_3_WORKING_DAYS)).doesNotContain(review.getId());
        assertThat(ids("qltm.tp", OVERDUE)).as("the engine's authorizations still apply")
                .doesNotContain(review.getId());
        setup.refresh(); // idempotent
        assertThat(driver.as(HEAD, () -> filters.createFilterQuery().filterName(OVERDUE).count())).isEqualTo(1);
    }

    private List<String> names(String user) {
        return driver.as(user, () -> filters.createFilterQuery().list().stream().map(Filter::getName).toList());
    }

    private List<String> ids(String user, String filterName) {
        return driver.as(user, () -> {
            Filter f = filters.createFilterQuery().filterName(filterName).singleResult();
            List<Task> found = filters.list(f.getId());
            return found.stream().map(Task::getId).toList();
        });
    }
}
