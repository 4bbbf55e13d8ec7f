package vn.sct.tracker.setup;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.sct.tracker.calendar.WorkingCalendar;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.common.Messages;
import vn.sct.tracker.organisation.OrganisationService;
import vn.sct.tracker.process.extension.DirectiveExtension;
import vn.sct.tracker.process.lifecycle.DirectiveLifecycle;
import vn.sct.tracker.process.monthly.MonthlyReport;

/**
 * The saved Tasklist filters of each role, kept in step with the organisation and the calendar.
 *
 * <p>Expressions in stored queries are disabled (security), so no filter can say {@code ${currentUser()}}
 * or {@code ${now()}}: personal filters are created per person with their own id, and the date filters
 * carry literal moments that this component moves every hour (and at start-up), on the working
 * calendar. Each filter is readable only by whom it is for; what a filter lists is still cut down by
 * the engine's authorizations.
 * <ul>
 *   <li>Việc của tôi: tasks assigned to me (one per person);</li>
 *   <li>Việc của phòng …: every task of a division's leaders and specialists (per division; its staff
 *       and the deputy in charge of it);</li>
 *   <li>Chờ tôi xem xét: review, signing and extension decisions assigned to me or my groups
 *       (heads, deputies, Director, Office);</li>
 *   <li>Quá hạn: tasks past their due date; Đến hạn trong 3 ngày làm việc: due by the end of the
 *       third working day from today (everyone).</li>
 * </ul>
 */
@Component
public class TasklistFilters {

    public static final String MY_TASKS = text("filter.mine");
    public static final String DIVISION_TASKS = text("filter.divisionPrefix");
    public static final String WAITING_FOR_MY_REVIEW = text("filter.review");
    public static final String OVERDUE = text("filter.overdue");
    public static final String DUE_IN_3_WORKING_DAYS = text("filter.dueSoon");
    public static final String ALL_TASKS = text("filter.all");

    private static final Logger LOG = LoggerFactory.getLogger(TasklistFilters.class);
    private static final String[] REVIEW_STEPS = {DirectiveLifecycle.TASK_ASSIGN, DirectiveLifecycle.TASK_ASSIGN_SPECIALIST,
            DirectiveLifecycle.TASK_REVIEW_BY_HEAD, DirectiveLifecycle.TASK_REVIEW_BY_DEPUTY,
            DirectiveLifecycle.TASK_SIGN_BY_DIRECTOR, DirectiveLifecycle.TASK_COORDINATING_OPINION,
            DirectiveExtension.TASK_OFFICE_REVIEW, DirectiveExtension.TASK_DIRECTOR_DECISION,
            MonthlyReport.TASK_DIVISION_REPORT, MonthlyReport.TASK_RECEIVE_LATE, MonthlyReport.TASK_COMPILE,
            MonthlyReport.TASK_APPROVE};

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;
    private final IdentityService identity;
    private final OrganisationService organisation;
    private final WorkingCalendar calendar;

    public TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations,
                           IdentityService identity, OrganisationService organisation, WorkingCalendar calendar) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
        this.identity = identity;
        this.organisation = organisation;
        this.calendar = calendar;
    }

    /** Every hour on the hour (Hà Nội time): date filters move, new people get their filters. */
    @Scheduled(cron = "${tracker.filters.refresh-cron:0 0 * * * *}", zone = AppClock.ZONE_ID)
    public void scheduledRefresh() {
        try {
            refresh();
        } catch (RuntimeException e) {
            LOG.warn("Không cập nhật được bộ lọc Tasklist: {}", e.getMessage(), e);
        }
    }

    /** Creates missing filters and moves the date filters to today. Idempotent. */
    public void refresh() {
        List<String> staffGroups = staffGroups();
        LocalDate today = AppClock.today();
        Date startOfToday = Date.from(today.atStartOfDay(AppClock.ZONE).toInstant());
        Instant in3 = calendar.deadlineInstant(calendar.addWorkingDays(today, 3));

        shared(OVERDUE, -8, "#b42318", text("filter.overdue.description"),
                tasks.createTaskQuery().dueBefore(startOfToday), staffGroups);
        shared(DUE_IN_3_WORKING_DAYS, -7, "#b54708", text("filter.dueSoon.description"),
                tasks.createTaskQuery().dueAfter(new Date(startOfToday.getTime() - 1)).dueBefore(Date.from(in3)),
                staffGroups);
        filters.createTaskFilterQuery().filterName(ALL_TASKS).list()
                .forEach(f -> staffGroups.forEach(g -> grantRead(f.getId(), g, null)));

        for (var division : organisation.divisions()) {
            String head = organisation.headGroup(division.code());
            shared(DIVISION_TASKS + division.name(), -9, "#1d4ed8",
                    text("filter.division.description", division.name()),
                    // The Office's own work goes to its staff group (div-vp), the divisions' to their heads.
                    tasks.createTaskQuery().taskCandidateGroupIn(List.of(head, organisation.divisionGroup(division.code())))
                            .includeAssignedTasks(),
                    List.of(organisation.divisionGroup(division.code()), head,
                            organisation.deputyFollowGroup(division.code())));
        }

        Set<String> reviewers = new LinkedHashSet<>();
        for (String group : reviewerGroups()) {
            organisation.members(group).forEach(u -> reviewers.add(u.getId()));
        }
        for (String userId : staff(staffGroups)) {
            personal(userId, MY_TASKS, -10, "#0f766e", text("filter.mine.description"),
                    tasks.createTaskQuery().taskAssignee(userId));
            if (reviewers.contains(userId)) {
                List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream()
                        .map(Group::getId).toList();
                TaskQuery review = tasks.createTaskQuery().taskDefinitionKeyIn(REVIEW_STEPS);
                review.or().taskAssignee(userId).taskCandidateGroupIn(groups).endOr();
                personal(userId, WAITING_FOR_MY_REVIEW, -9, "#7c3aed",
                        text("filter.review.description"), review);
            }
        }
    }

    private List<String> staffGroups() {
        List<String> groups = new ArrayList<>(List.of(organisation.directorGroup(), organisation.deputyGroup()));
        for (var d : organisation.divisions()) {
            groups.add(organisation.divisionGroup(d.code()));
            groups.add(organisation.headGroup(d.code()));
        }
        return groups;
    }

    private List<String> reviewerGroups() {
        List<String> groups = new ArrayList<>(List.of(organisation.directorGroup(), organisation.deputyGroup(),
                organisation.officeGroup()));
        organisation.divisions().forEach(d -> groups.add(organisation.headGroup(d.code())));
        return groups;
    }

    private Set<String> staff(List<String> groups) {
        Set<String> users = new LinkedHashSet<>();
        for (String g : groups) {
            organisation.members(g).stream().map(User::getId).forEach(users::add);
        }
        return users;
    }

    private void shared(String name, int priority, String colour, String description, TaskQuery query,
                        List<String> readers) {
        Filter f = filters.createTaskFilterQuery().filterName(name).list().stream()
                .filter(x -> x.getOwner() == null).findFirst().orElseGet(() -> filters.newTaskFilter(name));
        save(f, priority, colour, description, query);
        readers.forEach(g -> grantRead(f.getId(), g, null));
    }

    private void personal(String userId, String name, int priority, String colour, String description,
                          TaskQuery query) {
        Filter f = filters.createTaskFilterQuery().filterName(name).filterOwner(userId).list().stream().findFirst()
                .orElseGet(() -> filters.newTaskFilter(name).setOwner(userId));
        save(f, priority, colour, description, query);
        grantRead(f.getId(), null, userId);
    }

    private void save(Filter f, int priority, String colour, String description, TaskQuery query) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("priority", priority);
        properties.put("color", colour);
        properties.put("description", description);
        properties.put("refresh", true);
        properties.put("showUndefinedVariable", false);
        properties.put("variables", List.of(
                Map.of("name", DirectiveLifecycle.VAR_DIRECTIVE_ID, "label", text("filter.column.directive")),
                Map.of("name", DirectiveExtension.VAR_EXTENSION_ID, "label", text("filter.column.extension"))));
        f.setQuery(query);
        f.setProperties(properties);
        filters.saveFilter(f);
    }

    private void grantRead(String filterId, String groupId, String userId) {
        var existing = authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filterId);
        if (groupId != null) {
            existing.groupIdIn(groupId);
        } else {
            existing.userIdIn(userId);
        }
        if (existing.count() > 0) {
            return;
        }
        Authorization a = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        a.setResource(Resources.FILTER);
        a.setResourceId(filterId);
        a.setGroupId(groupId);
        a.setUserId(userId);
        a.addPermission(Permissions.READ);
        authorizations.saveAuthorization(a);
    }

    private static String text(String key, Object... args) {
        return Messages.get(Messages.VIETNAMESE, key, args);
    }
}
