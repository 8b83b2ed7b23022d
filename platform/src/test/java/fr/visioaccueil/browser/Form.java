package fr.visioaccueil.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Filling in and sending the first form of a page's content, and reading what it says back. */
public final class Form {

    private final Browser browser;

    Form(Browser browser) {
        this.browser = browser;
    }

    /** Chooses a file for a file field, found by its id, as the file picker would. */
    public Form attach(String id, Path file) {
        browser.find(By.id(id)).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** Ticks a checkbox, found by its name (Spring numbers checkbox ids), unless it is ticked already. */
    public Form tick(String name) {
        WebElement box = browser.find(By.cssSelector("input[type=checkbox][name='" + name + "']"));
        if (!box.isSelected()) {
            box.click();
        }
        return this;
    }

    public boolean ticked(String name) {
        return browser.find(By.cssSelector("input[type=checkbox][name='" + name + "']")).isSelected();
    }

    /**
     * Types a time ("13:30") as a person does in Chromium's time field: hours, minutes, then A or P, which
     * a 12-hour field needs and a 24-hour one ignores.
     */
    public Form time(String id, String time) {
        WebElement field = browser.find(By.id(id));
        field.sendKeys(time.replace(":", "") + (Integer.parseInt(time.substring(0, 2)) < 12 ? "A" : "P"));
        assertThat(field.getDomProperty("value")).as("time typed in %s", id).isEqualTo(time);
        return this;
    }

    /** Types a date as a person does in Chromium's date field, day first (French) or month first (English). */
    public Form date(String id, LocalDate date) {
        WebElement field = browser.find(By.id(id));
        for (String order : List.of("ddMMyyyy", "MMddyyyy")) {
            field.clear();
            field.sendKeys(DateTimeFormatter.ofPattern(order).format(date));
            if (date.toString().equals(field.getDomProperty("value"))) {
                return this;
            }
        }
        return fail("The date field %s did not take %s", id, date);
    }

    /** What a field, found by its id, holds now: typed, chosen, or given back by the server after an error. */
    public String value(String id) {
        return browser.find(By.id(id)).getDomProperty("value");
    }

    /** Sends the first form of the page's content with its submit button and waits for the answer. */
    public void submit() {
        browser.clickThrough(browser.find(By.cssSelector("main form button[type=submit]")));
    }

    /**
     * The error shown next to a field found by its id: the field is marked invalid and described by the
     * message, which sits in the field's own label. Fails when the field shows no error.
     */
    public String errorOf(String id) {
        WebElement field = browser.find(By.id(id));
        assertThat(field.getDomAttribute("aria-invalid")).as("aria-invalid of %s", id).isEqualTo("true");
        assertThat(field.getDomAttribute("aria-describedby")).as("aria-describedby of %s", id)
                .contains(id + "-error");
        WebElement error = field.findElement(By.xpath("ancestor::label//*[@id='" + id + "-error']"));
        assertThat(error.isDisplayed()).as("error of %s shown", id).isTrue();
        return error.getText();
    }

    /** The fields marked invalid, by id, in the order of the page. */
    public List<String> invalidFields() {
        return browser.findAll(By.cssSelector("main form [aria-invalid=true]")).stream()
                .map(field -> field.getDomAttribute("id")).toList();
    }
}
