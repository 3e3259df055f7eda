package org.greencredit.app.browser;

import java.util.List;
import org.greencredit.domain.creditfile.api.RegisterEnterprise;
import org.greencredit.domain.enterprise.EnterpriseProfile;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What the browser tests do on a Vaadin page: click, type, pick an option, read a grid, fill the registration. */
final class BrowserPage {

    private final ChromeDriver browser;
    private final WebDriverWait wait;

    BrowserPage(ChromeDriver browser, WebDriverWait wait) {
        this.browser = browser;
        this.wait = wait;
    }

    /** Clicks once the element is clickable; Vaadin may re-render it meanwhile, so a stale element is looked up again. */
    void click(By locator) {
        wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            WebElement element = ExpectedConditions.elementToBeClickable(locator).apply(driver);
            if (element == null) {
                return false;
            }
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
            element.click();
            return true;
        });
    }

    void type(By locator, String text) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
        input.clear();
        input.sendKeys(text);
    }

    void choose(String selectId, String label) {
        click(By.id(selectId));
        click(By.xpath("//vaadin-select-item[@role='option' and normalize-space(.)='" + label + "']"));
    }

    List<String> cellTexts() {
        return browser.findElements(By.tagName("vaadin-grid-cell-content")).stream().map(WebElement::getText).toList();
    }

    /** Fills the open registration form of the enterprise directory with the command, in 漷县镇, 简化管理. */
    void fillRegistration(RegisterEnterprise command) {
        EnterpriseProfile profile = command.profile();
        type(By.cssSelector("#register-credit-code input"), command.creditCode());
        type(By.cssSelector("#register-name input"), profile.name());
        type(By.cssSelector("#register-established-on input"), command.establishedOn() + Keys.ENTER.toString());
        choose("register-subdistrict", "漷县镇");
        type(By.cssSelector("#register-industry-code input"), profile.industry().code());
        type(By.cssSelector("#register-industry-name input"), profile.industry().name());
        type(By.cssSelector("#register-address input"), profile.address());
        choose("register-management-class", "简化管理");
        type(By.cssSelector("#register-permit-number input"), profile.permitNumber());
        type(By.cssSelector("#register-contact-name input"), profile.contact().name());
        type(By.cssSelector("#register-contact-phone input"), profile.contact().phone());
    }
}
