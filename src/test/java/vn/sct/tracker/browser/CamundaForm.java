package vn.sct.tracker.browser;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A Camunda Form (form-js) as a person fills it in: fields found by their component id ({@code Field_<key>}
 * in {@code forms/*.form}), selects opened and an option clicked, dates typed as the library reads them.
 */
final class CamundaForm {

    private final Browser browser;
    private final String scope;

    CamundaForm(Browser browser, String scope) {
        this.browser = browser;
        this.scope = scope;
        browser.visible(scope + " .fjs-form");
    }

    void type(String key, String text) {
        WebElement input = browser.visible(scope + " [id$='-Field_" + key + "']");
        input.clear();
        input.sendKeys(text);
    }

    /** A date field: month/day/year, the order of the form library, then Enter to close its calendar. */
    void date(String key, LocalDate day) {
        WebElement input = browser.visible(scope + " input[id*='-Field_" + key + "']");
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys("%02d/%02d/%d".formatted(day.getMonthValue(), day.getDayOfMonth(), day.getYear()), Keys.ENTER);
    }

    void choose(String key, String optionLabel) {
        click(browser.visible(scope + " [id$='-Field_" + key + "-display']"));
        click(browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='" + optionLabel + "']"))));
    }

    /** The first option of a select (the one a person would pick from a list of one). */
    void chooseFirst(String key) {
        click(browser.visible(scope + " [id$='-Field_" + key + "-display']"));
        click(browser.wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".fjs-dropdownlist-item"))));
    }

    /** A radio button by its label. */
    void pick(String label) {
        click(browser.wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//label[normalize-space(.)='" + label + "']"))));
    }

    private void click(WebElement element) {
        browser.click(element);
    }

    /** What a field holds (a text area's text is its value, not part of the page's text). */
    String value(String key) {
        return browser.visible(scope + " [id$='-Field_" + key + "']").getAttribute("value");
    }

    String text() {
        return browser.visible(scope + " .fjs-form").getText();
    }
}
