package vn.sct.tracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.sct.tracker.common.AppClock;
import vn.sct.tracker.support.PostgresProcessTest;

/**
 * A directive's way through the webapps as the Department's people go it, in headless Chromium set to
 * English: the Office registers it through the start form, the Director assigns it, the lead division's
 * head finds it under "Việc của Phòng Quản lý Công nghiệp". Screenshots in {@code target/screenshots}.
 */
class DirectiveJourneyBrowserTest extends PostgresProcessTest {

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.camunda.bpm.engine.TaskService tasks;

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void theOfficeRegisters_theDirectorAssigns_theLeadDivisionFindsIt() {
        String number = "B" + System.nanoTime() % 100000 + "/UBND-KT";
        LocalDate deadline = AppClock.today().plusDays(30);
        try (Browser office = Browser.start("en-US")) {
            office.logIn(base(), "tasklist", "vp.cv1", PASSWORD);
            office.visible("li.start-process-action a").click();
            office.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//*[contains(@class,'modal-content')]//a[normalize-space(.)='Theo dõi nhiệm vụ, ý kiến chỉ đạo']")))
                    .click();
            CamundaForm form = new CamundaForm(office, ".modal-content");
            form.choose("sourceType", "UBND tỉnh");
            form.type("sourceDocNumber", number);
            form.date("sourceDocDate", AppClock.today().minusDays(2));
            form.type("sourceIssuer", "UBND tỉnh Hà Tĩnh");
            form.type("sourceSummary", "Báo cáo tình hình các cụm công nghiệp (kiểm thử trên trình duyệt)");
            form.date("deadline", deadline);
            office.screenshot("10-office-registers");
            button(office, ".modal-footer button", "Bắt đầu").click();
            office.wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-content")));
        }
        String id = jdbc.queryForObject("SELECT id FROM directive WHERE source_doc_number = ?", String.class, number);
        assertThat(jdbc.queryForObject("SELECT deadline FROM directive WHERE id = ?", LocalDate.class, id))
                .isEqualTo(deadline);

        try (Browser director = Browser.start("en-US")) {
            director.logIn(base(), "tasklist", "giamdoc", PASSWORD);
            openTask(director, "Giám đốc giao nhiệm vụ", id);
            director.visible("button.claim").click();
            // claimed, the task moves to "Việc của tôi": the Director opens it there
            director.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//ol[contains(@class,'tasks-list')]//h4//a[normalize-space(.)='Giám đốc giao nhiệm vụ']"))).click();
            CamundaForm form = new CamundaForm(director, "body");
            assertThat(form.text()).contains(id).contains("UBND tỉnh Hà Tĩnh");
            form.choose("leadDivision", "Phòng Quản lý Công nghiệp");
            assertThat(director.all("input[placeholder='Search'], input[placeholder='mm/dd/yyyy']")).isEmpty();
            director.screenshot("11-director-assigns");
            button(director, "button", "Hoàn thành").click();
            director.wait.until(d -> "ASSIGNED".equals(jdbc.queryForObject(
                    "SELECT status FROM directive WHERE id = ?", String.class, id)));
        }
        assertThat(jdbc.queryForObject("SELECT lead_division FROM directive WHERE id = ?", String.class, id))
                .isEqualTo("QLCN");

        try (Browser head = Browser.start("en-US")) {
            head.logIn(base(), "tasklist", "qlcn.tp", PASSWORD);
            head.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//a[contains(normalize-space(.), 'Việc của Phòng Quản lý Công nghiệp')]"))).click();
            head.wait.until(d -> head.pageText().contains("Trưởng phòng chủ trì phân công chuyên viên"));
            head.screenshot("12-head-finds-it");
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(id).taskCandidateGroup("div-qlcn-head")
                    .count()).as("the task in that list is this directive's").isEqualTo(1);
        }
    }

    /**
     * Opens a directive's open task as from the link of its e-mail ({@code #/?task=<id>}), after checking that
     * the person's list "Tất cả công việc" shows a task of that name.
     */
    private void openTask(Browser browser, String name, String directiveId) {
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//a[contains(normalize-space(.), 'Tất cả công việc')]"))).click();
        browser.wait.until(d -> d.findElements(By.cssSelector(".tasks-list h4.task a")).stream()
                .anyMatch(a -> a.getText().trim().equals(name)));
        String task = tasks.createTaskQuery().processInstanceBusinessKey(directiveId).singleResult().getId();
        browser.open(base() + "/camunda/app/tasklist/default/#/?task=" + task);
        browser.wait.until(d -> browser.pageText().contains(directiveId));
    }

    private static WebElement button(Browser browser, String css, String text) {
        return browser.wait.until(d -> d.findElements(By.cssSelector(css)).stream()
                .filter(b -> b.isDisplayed() && b.getText().trim().equals(text)).findFirst().orElse(null));
    }
}
