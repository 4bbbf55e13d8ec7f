package vn.sct.tracker.benchmark;

import static vn.sct.tracker.process.lifecycle.DirectiveLifecycle.PROCESS_KEY;
import static vn.sct.tracker.process.lifecycle.DirectiveLifecycle.TASK_CHASE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.sct.tracker.calendar.WorkingCalendar;
import vn.sct.tracker.common.AppClock;

/**
 * Many deadlines falling due at the same moment on one node: registers N directives with one deadline,
 * moves the engine clock past it, and waits until the job executor has escalated every one (the overdue
 * mark in the trail and the Office's chase task), counting any escalation done twice.
 */
final class TimerStorm {

    record Result(int directives, double registerSeconds, double stormSeconds, long jobs, long escalations,
                  long duplicates, long chaseTasks, double pickupSeconds) {
    }

    private final ProcessEngine engine;
    private final JdbcTemplate jdbc;
    private final WorkingCalendar calendar;

    TimerStorm(ProcessEngine engine, JdbcTemplate jdbc, WorkingCalendar calendar) {
        this.engine = engine;
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    Result run(int n, int threads) throws Exception {
        LocalDate deadline = calendar.addWorkingDays(AppClock.today(), 10);
        long t0 = System.nanoTime();
        register(n, threads, deadline);
        double registerSeconds = (System.nanoTime() - t0) / 1e9;
        long jobsBefore = successfulJobs();
        long escalationsBefore = escalations();

        Instant due = calendar.deadlineInstant(deadline);
        ClockUtil.offset(due.toEpochMilli() + 1_000 - System.currentTimeMillis());
        long start = System.nanoTime();
        long first = 0;
        long escalated;
        while ((escalated = escalations() - escalationsBefore) < n) {
            if (first == 0 && escalated > 0) {
                first = System.nanoTime();
            }
            if (System.nanoTime() - start > 15L * 60 * 1_000_000_000) {
                break;
            }
            Thread.sleep(200);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Thread.sleep(5_000);
        long jobs = successfulJobs() - jobsBefore;
        long all = escalations() - escalationsBefore;
        Long duplicates = jdbc.queryForObject("SELECT count(*) - count(DISTINCT directive_id) FROM directive_event "
                + "WHERE action = 'OVERDUE'", Long.class);
        long chases = engine.getTaskService().createTaskQuery().taskDefinitionKey(TASK_CHASE).count();
        ClockUtil.reset();
        return new Result(n, registerSeconds, seconds, jobs, all, duplicates == null ? -1 : duplicates, chases,
                first == 0 ? Double.NaN : (first - start) / 1e9);
    }

    private void register(int n, int threads, LocalDate deadline) throws Exception {
        String definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(PROCESS_KEY).latestVersion().singleResult().getId();
        List<String> groups = engine.getIdentityService().createGroupQuery().groupMember("vp.cv1").list().stream()
                .map(g -> g.getId()).toList();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int share = n / threads + (t < n % threads ? 1 : 0);
            done.add(pool.submit(() -> {
                engine.getIdentityService().setAuthentication("vp.cv1", groups);
                try {
                    for (int i = 0; i < share; i++) {
                        engine.getFormService().submitStartForm(definition, form(deadline));
                    }
                } finally {
                    engine.getIdentityService().clearAuthentication();
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
    }

    private static Map<String, Object> form(LocalDate deadline) {
        Map<String, Object> v = new HashMap<>();
        v.put("sourceType", "UBND_TINH");
        v.put("sourceDocNumber", "77/UBND-KT");
        v.put("sourceDocDate", AppClock.today().minusDays(1).toString());
        v.put("sourceIssuer", "UBND tỉnh");
        v.put("sourceSummary", "Rà soát cụm công nghiệp");
        v.put("content", "Sở chủ trì, báo cáo UBND tỉnh");
        v.put("deadline", deadline.toString());
        return v;
    }

    private long escalations() {
        Long n = jdbc.queryForObject("SELECT count(*) FROM directive_event WHERE action = 'OVERDUE'", Long.class);
        return n == null ? 0 : n;
    }

    private long successfulJobs() {
        return engine.getHistoryService().createHistoricJobLogQuery().successLog().count();
    }
}
