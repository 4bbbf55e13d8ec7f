package vn.sct.tracker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.support.ApiClient;
import vn.sct.tracker.support.LifecycleDriver;
import vn.sct.tracker.support.PostgresProcessTest;

/**
 * Random and mutated input to the endpoints that store: creating a directive, importing a programme,
 * asking for an extension, opening a monthly report (and reading reports). Whatever comes in: never a 5xx
 * or internals in the answer; a 2xx stored exactly what it says (one directive with one process instance
 * per directive created), a 4xx stored nothing. The seed is printed; {@code -Dfuzz.seed=...} replays a run,
 * {@code -Dfuzz.requests=...} sends more.
 */
class InputFuzzTest extends PostgresProcessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FIELDS = List.of("externalId", "sourceType", "sourceDocNumber", "sourceDocDate",
            "sourceIssuer", "sourceSummary", "content", "deadline", "proposedLeadDivision");

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired HistoryService history;
    @Autowired LifecycleDriver driver;

    private Random random;
    private final List<String> usedKeys = new ArrayList<>();

    /** Everything a request may change. */
    private record Stored(StoredCounts counts, long extensions, long monthly) {
    }

    private Stored stored() {
        return new Stored(StoredCounts.of(jdbc, history),
                jdbc.queryForObject("SELECT COUNT(*) FROM directive_extension", Long.class),
                jdbc.queryForObject("SELECT COUNT(*) FROM monthly_report", Long.class));
    }

    @Test
    void randomAndMutatedInput_neverA5xx_a2xxStoresWhatItSays_a4xxStoresNothing() {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        int requests = Integer.getInteger("fuzz.requests", 2000);
        System.out.println("InputFuzzTest seed " + seed + " (replay: -Dfuzz.seed=" + seed + ")");
        random = new Random(seed);
        ApiClient api = new ApiClient(port, PASSWORD);
        ProcessInstance pi = driver.register();
        driver.assign(pi, "QLCN", List.of("QLTM"), null);
        String directive = pi.getBusinessKey();
        Map<String, Integer> statuses = new LinkedHashMap<>();
        for (int i = 0; i < requests; i++) {
            int kind = i % 10;
            String what;
            Supplier<ApiClient.Answer> request;
            if (kind < 5) {
                what = "create";
                byte[] body = createBody();
                String type = random.nextInt(40) == 0 ? pick("text/plain", "application/xml", "application/x-www-form-urlencoded")
                        : "application/json";
                request = () -> api.send("POST", "/api/directives", pick("vp.cv1", "vp.cv1", "vp.cv1", "qlcn.cv1"), type,
                        body, "Accept-Language", pick("vi", "en", "vi-VN,vi;q=0.9", "fr"));
            } else if (kind < 7) {
                what = "import";
                byte[] file = importFile();
                request = () -> api.upload(pick("vp.cv1", "vp.cv1", "qlcn.tp"), "/api/directive-imports"
                        + pick("", "", "?errors=file", "?errors=json", "?errors=x"), pick("ct.xlsx", "ct.csv", "../x", ""),
                        file);
            } else if (kind < 9) {
                what = "extension";
                byte[] body = extensionBody();
                request = () -> api.send("POST", "/api/directives/" + pick(directive, directive, directive, "NV-0000-00000",
                        "%00", "..%2F..") + "/extensions", pick("qlcn.cv1", "qlcn.tp", "qltm.cv1", "vp.cv1"),
                        "application/json", body);
            } else {
                what = random.nextBoolean() ? "monthly" : "report";
                request = what.equals("monthly")
                        ? () -> api.send("POST", "/api/monthly-reports", "vp.cv1", "application/json", monthBody())
                        : () -> api.get(pick("vp.cv1", "qlcn.cv1", "giamdoc"), "/api/reports?from=" + query(date())
                                + "&to=" + query(date()) + pick("", "&division=QLCN", "&division=%00",
                                "&division=" + query(text(30))));
            }
            Stored before = stored();
            ApiClient.Answer answer = request.get();
            Stored after = stored();
            statuses.merge(what + " " + answer.status(), 1, Integer::sum);
            String context = what + " #" + i + " (seed " + seed + ") answered " + answer.status() + ": "
                    + abbreviated(answer.text());
            assertThat(answer.status()).as(context).isBetween(200, 499);
            assertThat(answer.text()).as(context).doesNotContain("Exception", "at org.", "at java.", "org.camunda",
                    "org.springframework", "java.lang", "SQLState", "PSQLException");
            StoredCounts delta = after.counts().minus(before.counts());
            if (answer.status() >= 400) {
                assertThat(after).as("nothing stored: " + context).isEqualTo(before);
                continue;
            }
            switch (what) {
                case "create" -> {
                    long made = answer.status() == 201 ? 1 : 0;
                    assertThat(delta.directives()).as(context).isEqualTo(made);
                    assertThat(delta.instances()).as("one process instance per directive: " + context).isEqualTo(made);
                    assertThat(delta.intakes()).as(context).isEqualTo(made);
                    if (made == 1) {
                        assertThat(history.createHistoricProcessInstanceQuery()
                                .processInstanceBusinessKey((String) answer.json().get("id")).count()).isEqualTo(1);
                    }
                }
                case "import" -> {
                    long created = ((Number) answer.json().get("created")).longValue();
                    assertThat(delta.directives()).as(context).isEqualTo(created);
                    assertThat(delta.instances()).as(context).isEqualTo(created);
                    assertThat(delta.imports()).as(context).isEqualTo(created > 0 ? 1 : 0);
                }
                case "extension" -> {
                    assertThat(after.extensions() - before.extensions()).as(context).isEqualTo(1);
                    assertThat(delta.instances()).as(context).isEqualTo(1);
                    assertThat(delta.directives()).as(context).isZero();
                }
                case "monthly" -> {
                    assertThat(after.monthly() - before.monthly()).as(context).isEqualTo(1);
                    assertThat(delta.instances()).as(context).isEqualTo(1);
                }
                default -> assertThat(after).as("a report stores nothing: " + context).isEqualTo(before);
            }
        }
        System.out.println("InputFuzzTest " + requests + " requests: " + statuses);
        assertThat(statuses.keySet()).as("the generator reaches both outcomes")
                .anyMatch(k -> k.startsWith("create 201")).anyMatch(k -> k.startsWith("create 400"))
                .anyMatch(k -> k.startsWith("import 201")).anyMatch(k -> k.startsWith("import 400"));
    }

    private static String query(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String abbreviated(String s) {
        return s.length() > 600 ? s.substring(0, 600) + "…" : s;
    }

    // ---- generators

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    private Map<String, Object> validDirective() {
        Map<String, Object> d = DirectiveIntakeApiTest.directive("FZ-" + UUID.randomUUID());
        d.put("sourceType", pick("UBND_TINH", "LANH_DAO_UBND_TINH", "CHUONG_TRINH_KHUNG", "NHIEM_VU_CHU_YEU",
                "KET_LUAN_GIAO_BAN", "GIAM_DOC_SO"));
        d.put("deadline", AppClock.today().plusDays(1 + random.nextInt(700)).toString());
        return d;
    }

    private byte[] createBody() {
        Map<String, Object> d = validDirective();
        int mutations = random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            mutate(d);
        }
        byte[] body = json(d);
        if (random.nextInt(8) == 0) {
            body = corrupt(body);
        }
        if (d.get("externalId") instanceof String k && random.nextInt(3) > 0) {
            usedKeys.add(k);
        }
        return body;
    }

    private void mutate(Map<String, Object> d) {
        String field = random.nextInt(10) == 0 ? pick("leadDivision", "status", "specialist", "id", "__proto__",
                "processInstanceId") : FIELDS.get(random.nextInt(FIELDS.size()));
        switch (random.nextInt(9)) {
            case 0 -> d.remove(field);
            case 1 -> d.put(field, null);
            case 2 -> d.put(field, value());
            case 3 -> d.put(field, text(random.nextInt(3) == 0 ? 9000 : 60));
            case 4 -> d.put(field, date());
            case 5 -> {
                if (!usedKeys.isEmpty()) {
                    d.put("externalId", usedKeys.get(random.nextInt(usedKeys.size())));
                }
            }
            case 6 -> d.put(field, pick("<script>alert(1)</script>", "' OR 1=1 --", "${7*7}", "#{7*7}",
                    "{{7*7}}", "../../etc/passwd", "\u202Egnp.exe", "😀🇻🇳", "Ǎ\u0301\u0302", "NV-2026-00001"));
            case 7 -> d.put(field, random.nextInt(3) == 0 ? List.of(text(5)) : Map.of("value", text(5)));
            default -> d.put(field, d.getOrDefault(field, "") + text(3));
        }
    }

    private Object value() {
        return switch (random.nextInt(6)) {
            case 0 -> random.nextLong();
            case 1 -> random.nextDouble() * 1e12;
            case 2 -> random.nextBoolean();
            case 3 -> "";
            case 4 -> "   ";
            default -> text(1 + random.nextInt(20));
        };
    }

    /** Text from every corner: letters, Vietnamese, control characters, surrogates, markup. */
    private String text(int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            switch (random.nextInt(12)) {
                case 0 -> b.append((char) random.nextInt(32));
                case 1 -> b.append((char) (0xD800 + random.nextInt(0x800)));
                case 2 -> b.append(pick("<", ">", "&", "\"", "'", "\\", "%", "_", ";", "\u0000", "\uFFFF"));
                case 3, 4 -> b.append(pick("ă", "â", "đ", "ê", "ô", "ơ", "ư", "Đ", "Ướ", "ệ"));
                default -> b.append((char) ('a' + random.nextInt(26)));
            }
        }
        return b.toString();
    }

    private String date() {
        java.time.LocalDate d = AppClock.today().plusDays(random.nextInt(4000) - 2000);
        return switch (random.nextInt(12)) {
            case 0 -> "0000-01-01";
            case 1 -> d + "T25:99garbage";
            case 2 -> d.getDayOfMonth() + "/" + d.getMonthValue() + "/" + d.getYear();
            case 3 -> "2027-02-30";
            case 4 -> "31/04/2027";
            case 5 -> "-" + d;
            case 6 -> text(10);
            case 7 -> "99999-01-01";
            case 8 -> d.toString().replace("-", "/");
            default -> random.nextBoolean() ? d.toString() : vn.sct.tracker.common.VietnameseFormat.date(d);
        };
    }

    private byte[] corrupt(byte[] body) {
        return switch (random.nextInt(6)) {
            case 0 -> java.util.Arrays.copyOf(body, random.nextInt(Math.max(1, body.length)));
            case 1 -> "null".getBytes(StandardCharsets.UTF_8);
            case 2 -> new byte[0];
            case 3 -> {
                byte[] b = body.clone();
                for (int i = 0; i < 5; i++) {
                    b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                }
                yield b;
            }
            case 4 -> ("[" + new String(body, StandardCharsets.UTF_8) + "]").getBytes(StandardCharsets.UTF_8);
            default -> (new String(body, StandardCharsets.UTF_8) + "{}").getBytes(StandardCharsets.UTF_8);
        };
    }

    private byte[] importFile() {
        String prefix = "FZ-" + UUID.randomUUID().toString().substring(0, 8);
        List<List<String>> rows = ProgrammeFiles.programme(prefix, 1 + random.nextInt(4));
        int mutations = random.nextInt(4);
        for (int m = 0; m < mutations; m++) {
            List<String> row = rows.get(random.nextInt(rows.size()));
            int column = random.nextInt(row.size() + 1);
            String cell = switch (random.nextInt(5)) {
                case 0 -> date();
                case 1 -> text(random.nextInt(3) == 0 ? 3000 : 20);
                case 2 -> "";
                case 3 -> pick("UBND_TINH", "Sở Tài chính", "QLCN", "XYZ", "=1+1", "@SUM(A1)");
                default -> text(5);
            };
            if (column == row.size()) {
                row.add(cell);
            } else {
                row.set(column, cell);
            }
        }
        if (random.nextInt(6) == 0 && rows.size() > 2) {
            rows.add(rows.get(1));
        }
        byte[] file = random.nextBoolean() ? ProgrammeFiles.xlsx(rows) : ProgrammeFiles.csv(rows, pick(',', ';'));
        return switch (random.nextInt(10)) {
            case 0 -> corrupt(file);
            case 1 -> {
                byte[] b = new byte[random.nextInt(3000)];
                random.nextBytes(b);
                yield b;
            }
            default -> file;
        };
    }

    private byte[] extensionBody() {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("proposedDeadline", random.nextInt(3) == 0 ? date()
                : AppClock.today().plusDays(31 + random.nextInt(300)).toString());
        e.put("reason", random.nextBoolean() ? "Chờ số liệu của các huyện" : text(random.nextInt(5000)));
        if (random.nextBoolean()) {
            e.put("attachmentRef", text(random.nextInt(600)));
        }
        if (random.nextInt(5) == 0) {
            e.put(pick("status", "directiveId", "requestedBy"), text(5));
        }
        byte[] body = json(e);
        return random.nextInt(6) == 0 ? corrupt(body) : body;
    }

    private byte[] monthBody() {
        java.time.YearMonth now = java.time.YearMonth.from(AppClock.today());
        String month = switch (random.nextInt(8)) {
            case 0 -> "-2026-10";
            case 1 -> "0000-01";
            case 2 -> "1900-01";
            case 3 -> now.plusMonths(random.nextInt(30)).toString();
            case 4 -> now.getMonthValue() + "/" + now.getYear();
            case 5 -> text(7);
            default -> now.minusMonths(random.nextInt(40)).toString();
        };
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("month", random.nextInt(10) == 0 ? value() : month);
        byte[] body = json(m);
        return random.nextInt(8) == 0 ? corrupt(body) : body;
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
