package vn.sct.tracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.sct.tracker.common.AppClock;

/**
 * A directive's way through the webapps as the Department's people go it, in headless Chromium set to
 * English: the Office registers it through the start form, the Director assigns it, the lead division's
 * head finds it under "Việc của Phòng Quản lý Công nghiệp" and picks the specialist, who drafts; the head,
 * the deputy in charge and the Director approve and sign; the Office closes it with the result document.
 * Screenshots in {@code target/screenshots}.
 */
class DirectiveJourneyBrowserTest extends BrowserTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void fromRegistrationToClosing_eachPersonInTheirOwnBrowser() {
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
            openTask(director, "Giám đốc giao nhiệm vụ", id, "giamdoc");
            director.visible("button.claim").click();
            // claimed, the task moves to "Việc của tôi": the Director opens it there
            director.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                    "//ol[contains(@class,'tasks-list')]//h4//a[normalize-space(.)='Giám đốc giao nhiệm vụ']"))).click();
            CamundaForm form = new CamundaForm(director, "body");
            assertThat(form.text()).contains(id).contains("UBND tỉnh Hà Tĩnh");
            form.choose("leadDivision", "Phòng Quản lý Công nghiệp");
            assertThat(director.all("input[placeholder='Search'], input[placeholder='mm/dd/yyyy']")).isEmpty();
            director.screenshot("11-director-assigns");
            director.click(button(director, "button", "Hoàn thành"));
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

        step("qlcn.tp", "Trưởng phòng chủ trì phân công chuyên viên", id, "13-head-picks-specialist",
                form -> form.chooseFirst("specialist"));
        step(specialist(id), "Chuyên viên dự thảo, tham mưu", id, "14-specialist-drafts",
                form -> form.type("draftSummary", "Đã tổng hợp tình hình 12 cụm công nghiệp; dự thảo báo cáo kèm theo."));
        step("qlcn.tp", "Trưởng phòng xem xét dự thảo", id, "15-head-approves", form -> form.pick("Đồng ý, trình cấp trên"));
        step("pgd.hai", "Phó Giám đốc phụ trách cho ý kiến", id, "16-deputy-approves",
                form -> form.pick("Đồng ý, trình cấp trên"));
        step("giamdoc", "Giám đốc xem xét, ký duyệt", id, "17-director-signs", form -> form.pick("Ký duyệt, ban hành"));
        step("vp.cv1", "Văn phòng phát hành, kết thúc nhiệm vụ", id, "18-office-closes", form -> {
            form.type("resultDocNumber", "215/SCT-QLCN");
            form.date("resultDocDate", AppClock.today());
        });
        assertThat(jdbc.queryForObject("SELECT status FROM directive WHERE id = ?", String.class, id)).isEqualTo("CLOSED");
        assertThat(jdbc.queryForObject("SELECT result_doc_number FROM directive WHERE id = ?", String.class, id))
                .isEqualTo("215/SCT-QLCN");
    }

    private String specialist(String directiveId) {
        return jdbc.queryForObject("SELECT assignee FROM directive WHERE id = ?", String.class, directiveId);
    }
}
