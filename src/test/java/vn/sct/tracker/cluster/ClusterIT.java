package vn.sct.tracker.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sct.tracker.cluster.ClusterSupport.await;
import static vn.sct.tracker.cluster.ClusterSupport.deleteRecursively;
import static vn.sct.tracker.cluster.ClusterSupport.freePort;
import static vn.sct.tracker.cluster.ClusterSupport.seconds;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.sct.tracker.intake.ProgrammeFiles;
import vn.sct.tracker.support.ApiClient;
import vn.sct.tracker.support.WebappSession;

/**
 * Two nodes started from the built jar on one PostgreSQL, as the README's "Vận hành / Production" starts
 * them (the first node, then the second), and the faults an installation meets: a thousand deadlines at
 * the same moment, a node killed in the middle of its work, the database restarted under both nodes, the
 * mail server away, a person's work begun on one node and continued on the other, the database backed up
 * and restored. Every figure is printed ({@code target/cluster/summary.txt}).
 * Run by {@code ./mvnw -Pcluster verify} (.ci/run).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    static final String PASSWORD = "Sct@2026demo";
    private static final String DEADLINE_PASSED = "Event_DeadlinePassed";
    private static final String CHASE_ROUND_DUE = "Event_ChaseRoundDue";

    private final Path work = Path.of(System.getProperty("cluster.work", "target/cluster"));
    private final Path jar = Path.of(System.getProperty("cluster.jar", "target/directive-tracker.jar"));
    private final Map<String, String> summary = new LinkedHashMap<>();
    private ClusterDatabase database;
    private ClusterRecords records;
    private ClusterMail mail;
    private Node a;
    private Node b;
    private List<String> programme;

    @BeforeAll
    void startTheInstallation() throws Exception {
        assertThat(jar).as("the built jar (./mvnw package)").exists();
        deleteRecursively(work);
        Files.createDirectories(work);
        mail = new ClusterMail(freePort());
        mail.up();
        database = new ClusterDatabase(work.resolve("pgdata"), freePort());
        database.start();
        database.createDatabase(ClusterDatabase.DATABASE);
        records = new ClusterRecords(database);
        Instant start = Instant.now();
        a = node("node-a", ClusterDatabase.DATABASE).start().awaitReady(Duration.ofMinutes(4));
        summary.put("first node ready (schema created)", seconds(start));
        start = Instant.now();
        b = node("node-b", ClusterDatabase.DATABASE).start().awaitReady(Duration.ofMinutes(4));
        summary.put("second node ready", seconds(start));
    }

    @AfterAll
    void stopTheInstallation() throws Exception {
        StringBuilder text = new StringBuilder("Cluster test, " + Runtime.getRuntime().availableProcessors()
                + " cores, " + System.getProperty("os.name") + " " + System.getProperty("os.arch") + "\n");
        summary.forEach((k, v) -> text.append("  ").append(k).append(": ").append(v).append('\n'));
        System.out.println(text);
        Files.writeString(work.resolve("summary.txt"), text);
        for (Node n : new Node[] {a, b}) {
            if (n != null) {
                n.close();
            }
        }
        if (database != null) {
            database.close();
        }
        if (mail != null) {
            mail.close();
        }
    }

    @Test
    @Order(1)
    void aThousandDeadlinesFallingDueAtOnce_escalateExactlyOnceEach_onBothNodes() throws Exception {
        programme = new ArrayList<>(importProgramme(a, "CUM-A", 500));
        programme.addAll(importProgramme(b, "CUM-B", 500));
        assertThat(programme).hasSize(1000).doesNotHaveDuplicates();
        await(Duration.ofMinutes(5), () -> records.timers(DEADLINE_PASSED, programme) == 1000, "1,000 deadline timers waiting");

        Instant moment = Instant.now().plusSeconds(5);
        assertThat(records.moveTimers(DEADLINE_PASSED, programme, moment)).isEqualTo(1000);
        await(Duration.ofMinutes(5), () -> records.events("OVERDUE", programme) >= 1000, "1,000 escalations");
        summary.put("1,000 deadlines due at once: all escalated after", seconds(moment));
        Thread.sleep(3000);

        assertThat(records.events("OVERDUE", programme)).as("escalation events").isEqualTo(1000);
        assertThat(records.repeated("OVERDUE", programme)).as("directives escalated twice").isZero();
        assertThat(records.chaseTasks(programme)).as("the Office's chase tasks").isEqualTo(1000);
        Map<String, Long> perNode = records.jobsDoneByNode(DEADLINE_PASSED, programme);
        summary.put("escalations (events, chase tasks)", records.events("OVERDUE", programme) + ", " + records.chaseTasks(programme));
        summary.put("escalations run per node", perNode.toString());
        assertThat(perNode.keySet()).containsExactlyInAnyOrder("node-a", "node-b");
        assertThat(perNode.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(1000);
    }

    @Test
    @Order(2)
    void aNodeKilledInTheMiddle_theOtherFinishes_nothingLostNothingTwice() throws Exception {
        Instant moment = Instant.now().plusSeconds(3);
        assertThat(records.moveTimers(CHASE_ROUND_DUE, programme, moment)).isEqualTo(1000);
        await(Duration.ofMinutes(3), () -> records.jobsDoneByNode(CHASE_ROUND_DUE, programme).getOrDefault("node-b", 0L) >= 30,
                "node-b at work");
        long beforeKill = records.events("CHASE_REPEATED", programme);
        b.kill();
        summary.put("node-b killed (SIGKILL) when chase rounds done (both nodes)", Long.toString(beforeKill));
        assertThat(beforeKill).as("killed in the middle").isLessThan(1000);

        await(Duration.ofMinutes(5), () -> records.events("CHASE_REPEATED", programme) >= 1000, "node-a finishing alone");
        summary.put("1,000 chase rounds done, node-a alone after the kill, after", seconds(moment));
        Thread.sleep(3000);
        assertThat(records.events("CHASE_REPEATED", programme)).isEqualTo(1000);
        assertThat(records.repeated("CHASE_REPEATED", programme)).as("rounds counted twice").isZero();
        assertThat(records.chaseTasks(programme)).as("one open chase task each").isEqualTo(1000);
        Map<String, Long> perNode = records.jobsDoneByNode(CHASE_ROUND_DUE, programme);
        summary.put("chase rounds run per node", perNode.toString());
        assertThat(perNode.get("node-a")).isPositive();
        assertThat(perNode.get("node-b")).isPositive();

        Instant start = Instant.now();
        b = node("node-b", ClusterDatabase.DATABASE).start().awaitReady(Duration.ofMinutes(4));
        summary.put("node-b started again (a node added), ready after", seconds(start));
    }

    @Test
    @Order(3)
    void postgresRestartedUnderBothNodes_theyRecover_andTimersDueMeanwhileFire() throws Exception {
        List<String> some = programme.subList(0, 200);
        long pidA = a.pid();
        long pidB = b.pid();
        records.moveTimers(CHASE_ROUND_DUE, some, Instant.now().plusSeconds(4));
        Instant down = Instant.now();
        database.stop();
        Thread.sleep(20_000);
        database.start();
        summary.put("PostgreSQL down for", seconds(down));
        Instant back = Instant.now();
        await(Duration.ofMinutes(4), () -> records.events("CHASE_REPEATED", some) >= 400, "timers due during the outage");
        summary.put("200 timers due during the outage fired, after the restart within", seconds(back));
        Thread.sleep(3000);
        assertThat(records.events("CHASE_REPEATED", some)).isEqualTo(400);
        assertThat(a.alive() && b.alive()).as("no node restarted").isTrue();
        assertThat(a.pid()).isEqualTo(pidA);
        assertThat(b.pid()).isEqualTo(pidB);
        await(Duration.ofMinutes(1), () -> a.ready() && b.ready(), "both nodes ready again");
    }

    @Test
    @Order(4)
    void theMailServerAway_theStepCommits_theMessageLeavesLater_orBecomesAnIncident() throws Exception {
        ApiClient api = new ApiClient(a.port, PASSWORD);
        mail.down();
        ApiClient.Answer created = api.postJson("vp.cv1", "/api/directives", directive("THU-1"));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = (String) created.json().get("id");
        String instance = (String) created.json().get("processInstanceId");
        await(Duration.ofSeconds(30), () -> "WAITING".equals(records.outbox(instance)) && records.attempts(instance) >= 1,
                "the message waiting");
        mail.up();
        Instant back = Instant.now();
        await(Duration.ofSeconds(60), () -> mail.received(id) && "SENT".equals(records.outbox(instance)), "the message sent");
        summary.put("mail server back: the waiting message sent after", seconds(back));

        mail.down();
        ApiClient.Answer second = api.postJson("vp.cv1", "/api/directives", directive("THU-2"));
        String lost = (String) second.json().get("processInstanceId");
        await(Duration.ofSeconds(90), () -> "FAILED".equals(records.outbox(lost)), "the message given up");
        ApiClient.Answer incidents = new ApiClient(b.port, PASSWORD).get("admin",
                "/engine-rest/incident?processInstanceId=" + lost);
        assertThat(incidents.text()).contains("mailDelivery", "mail_outbox:");
        summary.put("mail server away for good: message FAILED after attempts, incident", records.attempts(lost) + ", "
                + incidents.jsonList().get(0).get("incidentType"));
        mail.up();
    }

    @Test
    @Order(5)
    void aDirectiveRegisteredOnNodeA_isAssignedOnNodeB_throughTheWebapps() throws Exception {
        WebappSession office = WebappSession.login(a.base(), "vp.cv1", PASSWORD, "tasklist");
        assertThat(office.cookie("JSESSIONID")).as("session route").endsWith(".node-a");
        String number = "77/UBND-CL";
        var definition = office.get("/camunda/api/engine/engine/default/process-definition"
                + "?key=directive-lifecycle&latestVersion=true");
        assertThat(definition.statusCode()).isEqualTo(200);
        String definitionId = definition.body().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
        var started = office.send("POST", "/camunda/api/engine/engine/default/process-definition/" + definitionId
                + "/submit-form", """
                {"variables": {
                  "sourceType": {"value": "UBND_TINH", "type": "String"},
                  "sourceDocNumber": {"value": "%s", "type": "String"},
                  "sourceDocDate": {"value": "%s", "type": "String"},
                  "sourceIssuer": {"value": "UBND tỉnh Hà Tĩnh", "type": "String"},
                  "sourceSummary": {"value": "Kiểm tra an toàn hồ đập mùa mưa lũ", "type": "String"},
                  "deadline": {"value": "%s", "type": "String"}}}""".formatted(number,
                LocalDate.now().minusDays(1), LocalDate.now().plusDays(20)));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        String id = records.single("SELECT id FROM directive WHERE source_doc_number = '" + number + "'");

        WebappSession director = WebappSession.login(b.base(), "giamdoc", PASSWORD, "tasklist");
        assertThat(director.cookie("JSESSIONID")).endsWith(".node-b");
        var tasks = director.get("/camunda/api/engine/engine/default/task?processInstanceBusinessKey=" + id);
        assertThat(tasks.statusCode()).isEqualTo(200);
        String task = tasks.body().replaceAll("(?s).*?\"id\":\"([^\"]+)\".*", "$1");
        var assigned = director.send("POST", "/camunda/api/engine/engine/default/task/" + task + "/submit-form", """
                {"variables": {
                  "leadDivision": {"value": "QLCN", "type": "String"},
                  "deputyInCharge": {"value": "pgd.hai", "type": "String"},
                  "assignNote": {"value": "Giao trên nút B", "type": "String"}}}""");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(204);
        await(Duration.ofSeconds(10), () -> "ASSIGNED".equals(records.single("SELECT status FROM directive WHERE id = '" + id + "'")),
                "assigned");
        summary.put("registered on node-a, assigned on node-b", id);
    }

    @Test
    @Order(6)
    void theDatabaseBackedUpAndRestored_aNodeStartsOnTheCopy_withEveryDirective() throws Exception {
        Path backup = work.resolve("directives.dump");
        Instant start = Instant.now();
        database.dump(ClusterDatabase.DATABASE, backup);
        summary.put("pg_dump (" + Files.size(backup) / 1024 + " KiB)", seconds(start));
        database.createDatabase("restored");
        start = Instant.now();
        database.restore(backup, "restored");
        summary.put("pg_restore", seconds(start));
        long directives = records.count(ClusterDatabase.DATABASE, "SELECT COUNT(*) FROM directive");
        assertThat(records.count("restored", "SELECT COUNT(*) FROM directive")).isEqualTo(directives);
        try (Node copy = node("node-c", "restored").start().awaitReady(Duration.ofMinutes(4))) {
            String id = records.single("SELECT id FROM directive WHERE source_doc_number = '77/UBND-CL'");
            ApiClient.Answer found = new ApiClient(copy.port, PASSWORD).get("vp.cv1", "/api/directives/" + id);
            assertThat(found.status()).isEqualTo(200);
            assertThat(found.json()).containsEntry("status", "ASSIGNED");
            summary.put("node on the restored copy serves every directive", Long.toString(directives));
        }
    }

    @Test
    @Order(7)
    void healthIsOpen_metricsAreTheAdministratorsOnly() {
        ApiClient api = new ApiClient(a.port, PASSWORD);
        assertThat(api.get(null, "/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(api.get(null, "/actuator/prometheus").status()).isEqualTo(401);
        assertThat(api.get("vp.cv1", "/actuator/prometheus").status()).isEqualTo(403);
        ApiClient.Answer metrics = api.get("admin", "/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("tracker_jobs_due", "tracker_incidents", "tracker_mail_failed",
                "hikaricp_connections_active");
    }

    @Test
    @Order(8)
    void behindNginx_aPersonStaysOnTheNodeOfTheirSession_healthPassesMetricsDoNot() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Proxy.installed(),
                "Không có nginx (apt-get install nginx-light): bỏ qua bước qua proxy");
        int port = freePort();
        try (Proxy proxy = Proxy.start(work.resolve("nginx"), port, a, b)) {
            String front = "http://127.0.0.1:" + port;
            int[] routes = new int[2];
            for (int person = 0; person < 6; person++) {
                WebappSession head = WebappSession.login(front, "qlcn.tp", PASSWORD, "tasklist");
                String session = head.cookie("JSESSIONID");
                routes[session.endsWith(".node-a") ? 0 : 1]++;
                for (int i = 0; i < 10; i++) {
                    assertThat(head.get("/camunda/api/engine/engine/default/task/count").statusCode())
                            .as("request %d of session %s through the proxy", i, session).isEqualTo(200);
                }
            }
            summary.put("webapp sessions through nginx, per node (node-a, node-b)", routes[0] + ", " + routes[1]);
            ApiClient api = new ApiClient(port, PASSWORD);
            assertThat(api.get(null, "/actuator/health").status()).isEqualTo(200);
            assertThat(api.get("admin", "/actuator/prometheus").status()).as("metrics stay inside").isEqualTo(404);
            assertThat(api.get("vp.cv1", "/api/directives?limit=1").status()).isEqualTo(200);
        }
    }

    // ---- the installation

    private Node node(String name, String databaseName) throws java.io.IOException {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SPRING_PROFILES_ACTIVE", "postgres,demo");
        env.put("DB_URL", database.jdbcUrl(databaseName));
        env.put("DB_USER", "postgres");
        env.put("DB_PASSWORD", "postgres");
        env.put("DEMO_PASSWORD", PASSWORD);
        env.put("SPRING_MAIL_HOST", "127.0.0.1");
        env.put("SPRING_MAIL_PORT", Integer.toString(mail.port));
        env.put("TRACKER_MAIL_RETRY_DELAYS", "2s,2s,2s,2s");
        env.put("TRACKER_MAIL_RELAY_EVERY", "1s");
        env.put("TRACKER_JOB_LOCK_TIME", "20000");
        env.put("TZ", "Asia/Ho_Chi_Minh");
        return new Node(name, freePort(), jar, env, work.resolve(name + ".log"));
    }

    private List<String> importProgramme(Node node, String prefix, int rows) {
        byte[] file = ProgrammeFiles.xlsx(ProgrammeFiles.programme(prefix, rows, 0));
        ApiClient.Answer imported = new ApiClient(node.port, PASSWORD).upload("vp.cv1", "/api/directive-imports",
                prefix + ".xlsx", file);
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        @SuppressWarnings("unchecked")
        List<String> created = (List<String>) imported.json().get("createdDirectives");
        return created;
    }

    private static Map<String, Object> directive(String key) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("externalId", "CL-" + key + "-" + System.nanoTime());
        d.put("sourceType", "UBND_TINH");
        d.put("sourceDocNumber", key + "/UBND-KT");
        d.put("sourceDocDate", LocalDate.now().minusDays(2).toString());
        d.put("sourceIssuer", "UBND tỉnh Hà Tĩnh");
        d.put("sourceSummary", "Báo cáo cung ứng điện mùa khô");
        d.put("deadline", LocalDate.now().plusDays(15).toString());
        return d;
    }
}
