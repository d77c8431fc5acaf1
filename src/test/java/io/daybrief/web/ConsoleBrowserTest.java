package io.daybrief.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console as a reader uses it, in headless Chromium (Debian's, as CI installs it): find a speaker in the
 * archive, open the edition, sign in, ask for a run and see the new edition appear. Screenshots of each page at
 * a phone's and a laptop's size go to target/screenshots, to be looked at.
 */
class ConsoleBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SHOTS = Path.of("target/screenshots");

    @TempDir
    Path folder;

    private WebFixture web;
    private WebDriver browser;

    @BeforeEach
    void start() throws Exception {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            if ("1".equals(System.getenv("TESTS_REQUIRE_BROWSER"))) {
                throw new IllegalStateException("Chromium is required here: apt-get install -y chromium chromium-driver");
            }
            org.junit.jupiter.api.Assumptions.abort("Chromium is not installed (apt-get install chromium chromium-driver)");
        }
        web = new WebFixture(folder);
        WebApiTest.runToTheEnd(web, "{\"date\": \"2026-05-11\"}");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + Files.createTempDirectory(folder, "chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        Files.createDirectories(SHOTS);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (web != null) {
            web.close();
        }
    }

    private void shoot(String name) throws Exception {
        for (Dimension size : new Dimension[] {new Dimension(390, 844), new Dimension(1280, 900)}) {
            browser.manage().window().setSize(size);
            Path file = SHOTS.resolve(name + "-" + size.getWidth() + ".png");
            Files.write(file, ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
        }
    }

    @Test
    void findsASpeakerOpensTheEditionAndMakesANewOne() throws Exception {
        browser.get(web.url("/archive"));
        shoot("archive");
        WebElement search = browser.findElement(By.id("q"));
        assertThat(browser.findElement(By.cssSelector("label[for=q]")).getText()).contains("speaker");
        search.sendKeys("Rosalind Achebe");
        search.submit();

        WebElement hit = browser.findElement(By.cssSelector(".hits > li"));
        assertThat(hit.getText()).contains("Kestrel Glass").contains("hardest decision").contains("Rosalind Achebe");
        shoot("search");
        hit.findElement(By.cssSelector(".meta a")).click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("2026-05-11");
        assertThat(browser.findElement(By.id("stories")).isDisplayed()).isTrue();
        assertThat(browser.getPageSource()).contains("Kestrel Glass to close Amberley works");
        shoot("edition");

        browser.get(web.url("/login"));
        browser.findElement(By.id("token")).sendKeys(WebFixture.TOKEN);
        browser.findElement(By.cssSelector("main form button")).click();
        // Signed in once the redirect has landed with the session cookie: the navigation offers to sign out.
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getPageSource().contains("Sign out"));
        browser.get(web.url("/run"));
        new Select(browser.findElement(By.id("briefing"))).selectByValue("daily");
        WebElement date = browser.findElement(By.id("date"));
        ((ChromeDriver) browser).executeScript("arguments[0].value = '2026-05-12'", date);
        shoot("run");
        browser.findElement(By.cssSelector("main form button")).click();

        WebElement opened = new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(d -> d.findElements(By.id("edition")).stream().findFirst().orElse(null));
        assertThat(browser.findElement(By.id("stage")).getText()).isEqualTo("made");
        shoot("run-made");
        opened.click();
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("2026-05-12");
        assertThat(browser.getPageSource()).contains("Fire destroys warehouse on Amberley waterfront");
        browser.get(web.url("/archive"));
        assertThat(browser.findElements(By.cssSelector("tbody tr"))).hasSize(2);
    }
}
