package vn.sct.tracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The webapps as staff meet them in a real browser (headless Chromium) whose own language is English, as
 * on many government PCs: Vietnamese all the same, no vendor notice, no action the role may not take,
 * the form's own messages in Vietnamese, the Office's dashboard first in Cockpit. Each step saves a
 * screenshot under {@code target/screenshots}.
 */
class StaffInTheBrowserTest extends BrowserTest {

    @Test
    void theOffice_inAnEnglishBrowser_seesVietnameseTasklist_withoutTheVendorBannerOrFreeTasks() {
        try (Browser browser = Browser.start("en-US")) {
            browser.logIn(base(), "tasklist", "vp.cv1", PASSWORD);
            browser.waitForText("li.start-process-action", "Bắt đầu quy trình");
            browser.screenshot("01-tasklist-office");
            assertThat(browser.pageText()).doesNotContain("Camunda 8", "Start process", "Create task", "Tạo công việc");
            assertThat(browser.shown(".ce-eol-banner")).as("the vendor's notice").isFalse();
            assertThat(browser.shown("li.create-task-action")).as("free tasks").isFalse();
            assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("vi");

            browser.driver.findElement(By.cssSelector("li.start-process-action a")).click();
            browser.visible(".modal-content");
            browser.wait.until(d -> browser.pageText().contains("Theo dõi nhiệm vụ, ý kiến chỉ đạo"));
            browser.screenshot("02-start-process-list");
            browser.driver.findElement(By.xpath("//*[contains(@class,'modal-content')]//*[normalize-space(text())"
                    + "='Theo dõi nhiệm vụ, ý kiến chỉ đạo']")).click();
            browser.visible(".modal-content .fjs-form");
            browser.screenshot("02-start-form");
            browser.driver.findElements(By.cssSelector(".modal-footer button")).stream()
                    .filter(b -> b.getText().contains("Bắt đầu")).findFirst().orElseThrow().click();
            browser.visible(".fjs-form-field-error");
            browser.waitForText(".modal-content", "Trường này bắt buộc phải nhập.");
            browser.screenshot("03-start-form-required");
            assertThat(browser.driver.findElement(By.cssSelector(".modal-content")).getText())
                    .doesNotContain("Field is required", "Select");
            assertThat(browser.all(".modal-content input[placeholder='mm/dd/yyyy']")).isEmpty();
        }
    }

    @Test
    void englishOnlyWhenThePersonChoosesIt() {
        try (Browser browser = Browser.start("vi-VN")) {
            browser.logIn(base(), "tasklist", "qlcn.cv1", PASSWORD);
            browser.waitForText("li.start-process-action", "Bắt đầu quy trình");
            browser.visible("#tracker-language").click();
            browser.waitForText("li.start-process-action", "Start process");
            browser.screenshot("04-tasklist-english-chosen");
            browser.visible("#tracker-language").click();
            browser.waitForText("li.start-process-action", "Bắt đầu quy trình");
        }
    }

    @Test
    void theOffice_inCockpit_seesItsDashboardFirst_withoutTheEngineWidgets() {
        try (Browser browser = Browser.start("en-US")) {
            browser.logIn(base(), "cockpit", "vp.cv1", PASSWORD);
            browser.visible(".sct-dash");
            browser.waitForText(".sct-dash", "Kết quả thực hiện nhiệm vụ");
            browser.wait.until(d -> !browser.shown(".dashboard section.actual"));
            browser.screenshot("05-cockpit-office-dashboard");
            assertThat(browser.pageText()).doesNotContain("Camunda 8", "Custom Plugins", "Deployed", "Running");
            assertThat(browser.shown(".dashboard section.deployed")).isFalse();
        }
        try (Browser browser = Browser.start("en-US")) {
            browser.logIn(base(), "cockpit", "admin", PASSWORD);
            browser.visible(".sct-dash");
            browser.wait.until(d -> browser.shown(".dashboard section.actual"));
            assertThat(browser.shown(".ce-eol-banner")).isFalse();
        }
    }
}
