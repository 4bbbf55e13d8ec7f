package vn.sct.tracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.process.monthly.MonthlyReport;
import vn.sct.tracker.report.ReportScenario;
import vn.sct.tracker.support.ApiClient;

/**
 * The Office follows the Department's work in a browser whose own language is English: a directive of
 * Phòng Quản lý Công nghiệp whose deadline passed long ago stands in the dashboard's overdue list, its link
 * opens its process instance in Cockpit; the month's report is opened, the division's head finds that
 * directive among the figures to confirm and explains it; the Office sees where the report stands.
 * Screenshots in {@code target/screenshots}.
 */
class OfficeMonitoringBrowserTest extends BrowserTest {

    private static final String HEAD_REPORT = "Lãnh đạo phòng xác nhận số liệu, giải trình, đăng ký nhiệm vụ";

    @Autowired ReportScenario scenario;
    @Autowired RuntimeService runtime;

    @Test
    void anOverdueDirective_onTheDashboard_linksToItsProcess_andIsExplainedInTheMonthlyReport() {
        LocalDateTime registered = AppClock.today().minusDays(60).atTime(9, 0);
        ProcessInstance late = scenario.assigned(registered.toString(), "QLCN",
                registered.toLocalDate().plusDays(10).toString(), "Rà soát quy hoạch cụm công nghiệp (kiểm thử trên trình duyệt)");
        ClockUtil.reset();
        String id = late.getBusinessKey();

        try (Browser office = Browser.start("en-US")) {
            office.logIn(base(), "cockpit", "vp.cv1", PASSWORD);
            office.waitForText(".sct-dash", "Nhiệm vụ đang thực hiện quá hạn");
            WebElement link = office.wait.until(d -> d.findElements(By.cssSelector(".sct-overdue a")).stream()
                    .filter(a -> a.getText().trim().equals(id)).findFirst().orElse(null));
            WebElement row = link.findElement(By.xpath("./ancestor::tr"));
            assertThat(row.getText()).contains("Rà soát quy hoạch cụm công nghiệp", "Phòng Quản lý Công nghiệp");
            assertThat(link.getAttribute("href")).endsWith("#/process-instance/" + late.getId() + "/runtime");
            office.screenshot("19-office-sees-overdue");

            office.click(link);
            office.wait.until(d -> d.getCurrentUrl().contains("/process-instance/" + late.getId()));
            office.visible(".djs-container");
            office.waitForText("body", "Chuyên viên dự thảo, tham mưu");
            assertThat(office.pageText()).doesNotContain("Camunda 8");
            office.screenshot("20-office-opens-overdue-process");
        }

        String month = YearMonth.from(AppClock.today()).toString();
        ApiClient.Answer opened = new ApiClient(port, PASSWORD).postJson("vp.cv1", "/api/monthly-reports",
                Map.of("month", month));
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        String report = "BC-" + month;
        step("qlcn.tp", HEAD_REPORT, report, "21-head-confirms-monthly-figures", form -> {
            assertThat(form.text()).contains("Phòng Quản lý Công nghiệp", "quá hạn 1");
            assertThat(form.value("lateItems")).contains(id, "đang thực hiện quá hạn");
            form.pick("Xác nhận số liệu trên đúng với tình hình thực hiện của phòng");
            form.type("explanations", id + ": Chờ ý kiến của các huyện về quỹ đất; phòng đã đôn đốc, trình trong tuần tới.");
        });
        ProcessInstance monthly = runtime.createProcessInstanceQuery().processDefinitionKey(MonthlyReport.PROCESS_KEY)
                .processInstanceBusinessKey(report).singleResult();
        assertThat(tasks.createTaskQuery().processInstanceId(monthly.getId()).taskCandidateGroup("div-qlcn-head")
                .count()).as("the head's part is done").isZero();

        try (Browser office = Browser.start("en-US")) {
            office.logIn(base(), "cockpit", "vp.cv1", PASSWORD);
            office.open(base() + "/camunda/app/cockpit/default/#/process-instance/" + monthly.getId() + "/runtime");
            office.visible(".djs-container [data-element-id='Task_CompileReport']");
            office.waitForText("body", report);
            office.screenshot("22-office-follows-monthly-report");
        }
    }
}
