package vn.sct.tracker.browser;

import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.sct.tracker.support.PostgresProcessTest;

/**
 * The whole application on a PostgreSQL database of the browser tests' own, so that what other tests leave
 * behind (accounts that tried wrong passwords, monthly reports opened) never changes what a person sees
 * here; and the steps people take in Tasklist.
 */
@TestPropertySource(properties = "test.database=browser")
abstract class BrowserTest extends PostgresProcessTest {

    @LocalServerPort int port;
    @Autowired TaskService tasks;

    String base() {
        return "http://localhost:" + port;
    }

    /** The people of these tests log in with their right passwords: no failed attempt is kept on them. */
    @BeforeEach
    void freshAccounts() {
        for (String user : List.of("vp.cv1", "giamdoc", "admin", "qlcn.tp", "qlcn.cv1", "qlcn.cv2", "pgd.hai")) {
            identityService.unlockUser(user);
        }
    }

    /**
     * One person's step: logs in to Tasklist, opens the task of that name of the process instance with that
     * business key, claims it if nobody holds it, fills its form, saves a screenshot, completes it, and waits
     * until the engine has moved on.
     */
    void step(String user, String taskName, String businessKey, String screenshot, Consumer<CamundaForm> fill) {
        try (Browser browser = Browser.start("en-US")) {
            browser.logIn(base(), "tasklist", user, PASSWORD);
            Task task = openTask(browser, taskName, businessKey, user);
            if (browser.shown("button.claim")) {
                browser.visible("button.claim").click();
                browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                        "//ol[contains(@class,'tasks-list')]//h4//a[normalize-space(.)='" + taskName + "']"))).click();
            }
            CamundaForm form = new CamundaForm(browser, "body");
            fill.accept(form);
            browser.screenshot(screenshot);
            browser.click(button(browser, "button", "Hoàn thành"));
            browser.wait.until(d -> tasks.createTaskQuery().taskId(task.getId()).count() == 0);
        }
    }

    /**
     * Opens an open task as from the link of its e-mail ({@code #/?task=<id>}), after checking that the
     * person's list "Tất cả công việc" shows a task of that name; with several of that name in the instance
     * (one per division), the one this person may work on.
     */
    Task openTask(Browser browser, String name, String businessKey, String user) {
        browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//a[contains(normalize-space(.), 'Tất cả công việc')]"))).click();
        browser.wait.until(d -> d.findElements(By.cssSelector(".tasks-list h4.task a")).stream()
                .anyMatch(a -> a.getText().trim().equals(name)));
        List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream()
                .map(g -> g.getId()).toList();
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).taskName(name)
                .or().taskAssignee(user).taskCandidateGroupIn(groups).endOr().list().get(0);
        browser.open(base() + "/camunda/app/tasklist/default/#/?task=" + task.getId());
        browser.wait.until(d -> browser.pageText().contains(businessKey));
        return task;
    }

    static WebElement button(Browser browser, String css, String text) {
        return browser.wait.until(d -> d.findElements(By.cssSelector(css)).stream()
                .filter(b -> b.isDisplayed() && b.getText().trim().equals(text)).findFirst().orElse(null));
    }
}
