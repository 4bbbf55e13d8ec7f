package vn.sct.tracker.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.sct.tracker.directive.SourceType;
import vn.sct.tracker.process.lifecycle.DirectiveLifecycle;
import vn.sct.tracker.support.ApiClient;
import vn.sct.tracker.support.PostgresProcessTest;
import vn.sct.tracker.support.TestMail;

/** A programme imported from a spreadsheet: template, all-or-nothing, the error report, the record, twice. */
class ProgrammeImportTest extends PostgresProcessTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired HistoryService history;
    @Autowired TaskService tasks;
    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port, PASSWORD);
    }

    private StoredCounts counts() {
        return StoredCounts.of(jdbc, history);
    }

    @Test
    void theTemplate_hasTheHeadingsAnExampleTheListsAndTheRules_andImportsAsItIs() {
        ApiClient.Answer xlsx = api.get("vp.cv1", "/api/directive-imports/template");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.header("Content-Disposition")).contains("mau-nhap-nhiem-vu.xlsx");
        List<List<String>> sheet = ProgrammeFiles.read(xlsx.bytes(), "Nhiệm vụ");
        assertThat(sheet.get(0)).containsExactly("Mã định danh văn bản", "Nguồn giao (*)", "Số, ký hiệu văn bản (*)",
                "Ngày văn bản (*)", "Cơ quan ban hành (*)", "Trích yếu, nội dung nhiệm vụ (*)", "Nội dung chi tiết",
                "Thời hạn hoàn thành (*)", "Phòng chủ trì đề xuất");
        assertThat(sheet).hasSize(2);
        List<List<String>> lists = ProgrammeFiles.read(xlsx.bytes(), "Danh mục");
        assertThat(lists.stream().map(r -> r.get(1)).toList()).contains(SourceType.UBND_TINH.label(),
                SourceType.GIAM_DOC_SO.label());
        assertThat(lists.stream().map(r -> r.size() > 2 ? r.get(2) : "").toList()).contains("QLCN", "QLTM", "KTAT");
        assertThat(ProgrammeFiles.read(xlsx.bytes(), "Hướng dẫn").get(8).get(1)).contains("ngày nghỉ");

        ApiClient.Answer csv = api.get("vp.cv1", "/api/directive-imports/template?format=csv");
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.bytes()[0]).isEqualTo((byte) 0xEF);
        assertThat(csv.text()).contains("Nguồn giao (*)");
        assertThat(api.get("vp.cv1", "/api/directive-imports/template?format=pdf").json())
                .containsEntry("field", "format");

        StoredCounts before = counts();
        ApiClient.Answer imported = api.upload("vp.cv1", "/api/directive-imports", "mau.xlsx", xlsx.bytes());
        if (imported.status() == 200) {
            assertThat(imported.json()).containsEntry("created", 0); // the example row of another run's template
        } else {
            assertThat(imported.status()).as(imported.text()).isEqualTo(201);
            assertThat(counts().minus(before).directives()).isEqualTo(1);
        }
    }

    @Test
    void aProgrammeOf500Rows_importsInOneGo_isRecorded_andTheSameFileAgainCreatesNothing() {
        String prefix = "CT-" + UUID.randomUUID().toString().substring(0, 8);
        byte[] file = ProgrammeFiles.xlsx(ProgrammeFiles.programme(prefix, 500));
        StoredCounts before = counts();
        long start = System.nanoTime();
        TestMail.clear();
        ApiClient.Answer imported = api.upload("vp.cv1", "/api/directive-imports", "chuong-trinh-2027.xlsx", file);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("Import of 500 rows (XLSX): %d ms%n", millis);
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        Map<String, Object> body = imported.json();
        assertThat(body).containsEntry("fileName", "chuong-trinh-2027.xlsx").containsEntry("format", "XLSX")
                .containsEntry("rows", 500).containsEntry("created", 500).containsEntry("existing", 0)
                .containsEntry("importedBy", "vp.cv1");
        List<String> created = (List<String>) body.get("createdDirectives");
        assertThat(created).hasSize(500).doesNotHaveDuplicates();
        assertThat(counts().minus(before)).isEqualTo(new StoredCounts(500, 1000, 500, 1, 500));
        assertThat(TestMail.received("[Việc mới] 500 nhiệm vụ mới chờ Giám đốc giao")).as("one e-mail for the import")
                .hasSize(1);
        assertThat(TestMail.received("[Việc mới]")).hasSize(1);
        String third = created.get(2);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(third)
                .taskDefinitionKey(DirectiveLifecycle.TASK_ASSIGN).taskCandidateGroup("director").count()).isEqualTo(1);
        assertThat(tasks.getVariable(tasks.createTaskQuery().processInstanceBusinessKey(third).singleResult().getId(),
                "leadDivision")).as("the proposed lead is preselected for the Director").isEqualTo("QLCN");

        Map<String, Object> record = api.get("vp.cv1", "/api/directive-imports/" + body.get("id")).json();
        assertThat(record).containsEntry("rows", 500).containsEntry("importedBy", "vp.cv1");
        assertThat((List<String>) record.get("createdDirectives")).isEqualTo(created);
        assertThat(api.get("vp.cv1", "/api/directive-imports").jsonList()).extracting(i -> i.get("id"))
                .contains(body.get("id"));

        StoredCounts after = counts();
        ApiClient.Answer again = api.upload("vp.cv1", "/api/directive-imports", "chuong-trinh-2027 (1).xlsx", file);
        assertThat(again.status()).as(again.text()).isEqualTo(200);
        assertThat(again.json()).containsEntry("created", 0).containsEntry("existing", 500);
        assertThat((List<String>) again.json().get("earlierImports")).containsExactly((String) body.get("id"));
        assertThat(counts()).as("the same file twice creates nothing").isEqualTo(after);

        List<List<String>> asCsv = ProgrammeFiles.programme(prefix, 500);
        ApiClient.Answer sameRowsAsCsv = api.upload("vp.cv1", "/api/directive-imports", "ct.csv",
                ProgrammeFiles.csv(asCsv, ';'));
        assertThat(sameRowsAsCsv.json()).as(sameRowsAsCsv.text()).containsEntry("created", 0).containsEntry("existing", 500);
        assertThat(counts()).isEqualTo(after);
    }

    @Test
    void oneBadRow_importsNothing_andEveryProblemIsReportedWithRowAndColumn() {
        String prefix = "CT-" + UUID.randomUUID().toString().substring(0, 8);
        List<List<String>> rows = ProgrammeFiles.programme(prefix, 8);
        rows.get(2).set(3, "31/02/2026");                 // row 3: no such day
        rows.get(4).set(5, "");                           // row 5: no summary
        rows.get(6).set(1, "Sở Tài chính");              // row 7: not a source
        rows.get(7).set(7, "01/01/2020");                 // row 8: deadline gone
        rows.set(8, new java.util.ArrayList<>(rows.get(1)));  // row 9: repeats row 2
        rows.get(3).set(8, "Phòng Không Có");             // row 4: no such division
        StoredCounts before = counts();
        ApiClient.Answer refused = api.upload("vp.cv1", "/api/directive-imports", "ct.xlsx", ProgrammeFiles.xlsx(rows));
        assertThat(refused.status()).isEqualTo(400);
        Map<String, Object> body = refused.json();
        assertThat(body).containsEntry("field", "file");
        assertThat((String) body.get("message")).contains("6 dòng").contains("không nhiệm vụ nào được nhập");
        List<Map<String, Object>> errors = (List<Map<String, Object>>) body.get("errors");
        assertThat(errors).extracting(e -> e.get("row") + " " + e.get("column"))
                .containsExactlyInAnyOrder("3 Ngày văn bản (*)", "5 Trích yếu, nội dung nhiệm vụ (*)",
                        "7 Nguồn giao (*)", "8 Thời hạn hoàn thành (*)", "9 Mã định danh văn bản",
                        "4 Phòng chủ trì đề xuất");
        assertThat(errors).filteredOn(e -> e.get("row").equals(3)).singleElement()
                .satisfies(e -> assertThat((String) e.get("message")).contains("không có ngày này"));
        assertThat(errors).filteredOn(e -> e.get("row").equals(9)).singleElement()
                .satisfies(e -> assertThat((String) e.get("message")).contains("trùng với dòng 2"));
        assertThat(counts()).isEqualTo(before);

        ApiClient.Answer report = api.upload("vp.cv1", "/api/directive-imports?errors=file", "ct.xlsx",
                ProgrammeFiles.xlsx(rows));
        assertThat(report.status()).isEqualTo(400);
        assertThat(report.header("Content-Disposition")).contains("loi-nhap-nhiem-vu.xlsx");
        List<List<String>> annotated = ProgrammeFiles.read(report.bytes(), "Nhiệm vụ");
        assertThat(annotated).hasSize(rows.size());
        assertThat(annotated.get(0)).endsWith("Lỗi");
        assertThat(annotated.get(2)).startsWith(rows.get(2).toArray(String[]::new));
        assertThat(annotated.get(2).get(9)).contains("Ngày văn bản").contains("không có ngày này");
        assertThat(annotated.get(1).size() < 10 || annotated.get(1).get(9).isEmpty()).isTrue();

        ApiClient.Answer csvReport = api.upload("vp.cv1", "/api/directive-imports?errors=file", "ct.csv",
                ProgrammeFiles.csv(rows, ','), "Accept-Language", "en");
        assertThat(csvReport.header("Content-Type")).startsWith("text/csv");
        assertThat(csvReport.text()).contains("Errors").contains("no such day");

        // the corrected report imports as it is (its column "Lỗi" is passed over)
        rows.get(2).set(3, "01/02/2026".equals(rows.get(2).get(3)) ? "" : rows.get(1).get(3));
        rows.get(4).set(5, "Nhiệm vụ 4 sửa lại");
        rows.get(6).set(1, "UBND_TINH");
        rows.get(7).set(7, rows.get(1).get(7));
        rows.get(8).set(0, prefix + "-bis");
        rows.get(8).set(5, "Nhiệm vụ 8 sửa lại");
        rows.get(3).set(8, "Phòng Quản lý công nghiệp".isEmpty() ? "" : "QLCN");
        List<List<String>> corrected = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = new java.util.ArrayList<>(rows.get(i));
            r.add(i == 0 ? "Lỗi" : "");
            corrected.add(r);
        }
        ApiClient.Answer fixed = api.upload("vp.cv1", "/api/directive-imports", "ct.xlsx", ProgrammeFiles.xlsx(corrected));
        assertThat(fixed.status()).as(fixed.text()).isEqualTo(201);
        assertThat(fixed.json()).containsEntry("created", 8);
    }

    @Test
    void filesThatAreNoProgramme_areRefusedWithTheReason() {
        StoredCounts before = counts();
        assertThat(api.upload("vp.cv1", "/api/directive-imports", "x.xlsx", "PK\u0003\u0004garbage"
                .getBytes(StandardCharsets.ISO_8859_1)).json()).containsEntry("field", "file");
        assertThat((String) api.upload("vp.cv1", "/api/directive-imports", "x.csv", new byte[] {(byte) 0xC3, 0x28})
                .json().get("message")).contains("UTF-8");
        assertThat((String) api.upload("vp.cv1", "/api/directive-imports", "x.csv", new byte[0]).json().get("message"))
                .contains("rỗng");
        assertThat((List<?>) api.upload("vp.cv1", "/api/directive-imports", "x.csv",
                "Tên;Tuổi\r\nA;1\r\n".getBytes(StandardCharsets.UTF_8)).json().get("errors")).isNotEmpty();
        List<List<String>> rows = ProgrammeFiles.programme("CT-" + UUID.randomUUID(), 1);
        rows.get(1).set(5, "Nhiệm vụ\u0007 có ký tự lạ");
        ApiClient.Answer control = api.upload("vp.cv1", "/api/directive-imports", "x.csv", ProgrammeFiles.csv(rows, ','));
        assertThat((List<Map<String, Object>>) control.json().get("errors")).as(control.text()).singleElement()
                .satisfies(e -> assertThat((String) e.get("message")).contains("ký tự điều khiển"));
        assertThat(api.upload("qlcn.cv1", "/api/directive-imports", "x.xlsx", ProgrammeFiles.xlsx(
                ProgrammeFiles.programme("CT-" + UUID.randomUUID(), 1))).status()).isEqualTo(403);
        assertThat(api.send("POST", "/api/directive-imports", "vp.cv1", "application/json", "{}".getBytes()).status())
                .isEqualTo(415);
        assertThat(counts()).isEqualTo(before);
    }
}
