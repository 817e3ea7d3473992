package dev.lede.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lede.SharedData;
import dev.lede.index.ArticleIndex;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page at {@code /} in a real headless browser (Debian's {@code chromium} with
 * {@code chromium-driver}): paste the seed article, see the people, countries and the ministry
 * highlighted and a related list; screenshots go to {@code target/} for a person to look at.
 * Without the browser (or the shared seed) each test is reported as skipped; with {@code CI=true}
 * (where {@code .ci/run} installs the browser) they fail instead.
 */
@Tag("browser")
@Tag("shared")
final class PageBrowserTest {

  static final Path CHROMIUM = Path.of(System.getProperty("lede.chromium", "/usr/bin/chromium"));
  static final Path DRIVER =
      Path.of(System.getProperty("lede.chromedriver", "/usr/bin/chromedriver"));

  private ArticleIndex index;
  private LedeServer server;
  private ChromeDriver browser;
  private WebDriverWait wait;

  /** Skips the calling test without a browser, or fails it where {@code CI=true}. */
  static void requireBrowser() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    String reason = CHROMIUM + " and " + DRIVER + " are needed (apt-get install chromium"
        + " chromium-driver; .ci/run does it)";
    if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(reason + ", and CI=true: the page test must run");
    }
    assumeTrue(present, () -> reason + ": test skipped");
  }

  @BeforeEach
  void start() throws IOException {
    requireBrowser();
    SharedData.require(SharedData.SEED);
    index = ArticleIndex.inMemory(ServeFixtures.analyzer());
    server = LedeServer.builder(ServeFixtures.analyzer(), index).port(0).threads(2).start();
    Http http = new Http(server.uri());
    ServeFixtures.belarusArchive().forEach((id, a) -> assertThat(
        http.put("/v1/articles/" + id, ServeFixtures.body(a), Map.of()).status()).isEqualTo(201));
    // Unrelated stories too, so that the related list has something to leave out.
    ServeFixtures.samples().entrySet().stream().limit(6).forEach(e -> assertThat(
        http.put("/v1/articles/" + e.getKey(), ServeFixtures.body(e.getValue()), Map.of())
            .status()).isEqualTo(201));

    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
        "--disable-gpu", "--window-size=1280,1800", "--lang=en-GB");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(DRIVER.toFile())
        .usingAnyFreePort()
        .build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(60));
  }

  @AfterEach
  void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
      index.close();
    }
  }

  @Test
  void pasteSeed_highlightsPeopleCountriesAndMinistry_andListsRelated() throws IOException {
    String seed = Files.readString(SharedData.SEED);
    browser.get(server.uri().toString());
    wait.until(d -> new Select(d.findElement(By.id("archive-id"))).getOptions().size() > 1);

    WebElement text = browser.findElement(By.id("text"));
    // Pasted as one input event (typing 4,000 chars key by key adds nothing to the test)...
    browser.executeScript("arguments[0].value = arguments[1];"
        + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", text, seed);
    // ...then analysed from the keyboard.
    text.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#r-body mark")));
    wait.until(d -> !d.findElements(By.cssSelector("#r-related li")).isEmpty());

    assertThat(marks("PERSON")).contains("Alexander Lukashenko", "Lukashenko", "Vadim Sinyavsky");
    assertThat(marks("COUNTRY")).contains("Belarus", "Russia", "Ukraine");
    assertThat(marks("MINISTRY")).contains("Belarusian Ministry of Emergency Situations");
    assertThat(browser.findElement(By.id("r-reading")).getText())
        .contains("Reading time: 3 min", "238 words per minute", "the page states 5 min");
    assertThat(browser.findElement(By.id("legend")).getText())
        .contains("person", "country", "place", "ministry", "organisation");
    List<WebElement> related = browser.findElements(By.cssSelector("#r-related li"));
    assertThat(related.get(0).getText()).containsAnyOf(
        "Belarus trains emergency rescuers", "Russia and Belarus start joint exercises",
        "Poland extends fence");
    assertThat(related.get(0).findElement(By.className("why")).getText()).contains("Belarus");
    assertThat(browser.findElement(By.id("r-keywords")).getText()).isNotBlank();

    WebElement belarus = browser.findElements(By.cssSelector("mark.t-COUNTRY")).stream()
        .filter(m -> m.getText().equals("Belarus")).findFirst().orElseThrow();
    new Actions(browser).moveToElement(belarus).perform();
    WebElement tip = browser.findElement(By.id("tip"));
    wait.until(ExpectedConditions.visibilityOf(tip));
    assertThat(tip.getText()).startsWith("Belarus · Country · ISO BY · salience 0.");
    screenshot("serve-page.png");

    WebElement minister = browser.findElements(By.cssSelector("mark.t-PERSON")).stream()
        .filter(m -> m.getText().equals("Lukashenko")).findFirst().orElseThrow();
    assertThat(minister.getAttribute("tabindex")).isEqualTo("0");
    browser.executeScript("arguments[0].focus()", minister);
    assertThat(tip.getText()).startsWith("Alexander Lukashenko · Person · salience");

    // The whole page at once, for the README.
    browser.executeScript("arguments[0].blur(); window.scrollTo(0, 0);", minister);
    long height = (Long) browser.executeScript("return document.documentElement.scrollHeight;");
    browser.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 40, 6000)));
    screenshot("serve-page-full.png");
  }

  @Test
  void phoneWidth_noSidewaysScrolling_andArchivedArticleFromTheKeyboard() throws IOException {
    browser.manage().window().setSize(new Dimension(390, 844));
    browser.get(server.uri().toString());
    wait.until(d -> new Select(d.findElement(By.id("archive-id"))).getOptions().size() > 1);

    WebElement pick = browser.findElement(By.id("archive-id"));
    new Select(pick).selectByValue("minsk-rescuers-drill");
    pick.sendKeys(Keys.TAB); // to the Show button, as a keyboard user would
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("show-archived");
    browser.switchTo().activeElement().sendKeys(Keys.ENTER);
    wait.until(d -> !d.findElements(By.cssSelector("#r-related li")).isEmpty());

    assertThat(browser.findElement(By.id("r-title")).getText())
        .isEqualTo("Belarus trains emergency rescuers alongside army units");
    assertThat(browser.findElement(By.id("r-entities")).getText())
        .contains("Alexander Lukashenko", "BY");
    // the archived body, analysed again, with its mentions highlighted
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#r-body mark")));
    assertThat(marks("PERSON")).anyMatch(m -> m.contains("Lukashenko"));
    assertThat(browser.findElement(By.cssSelector("#r-related li")).getText())
        .contains("Russia and Belarus start joint exercises");
    assertThat(scrollsSideways()).as("page wider than a phone").isFalse();

    String seed = Files.readString(SharedData.SEED);
    WebElement text = browser.findElement(By.id("text"));
    browser.executeScript("arguments[0].value = arguments[1];", text, seed);
    browser.findElement(By.id("analyse")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#r-body mark")));
    assertThat(scrollsSideways()).as("page wider than a phone").isFalse();
    screenshot("serve-page-phone.png");
  }

  private List<String> marks(String type) {
    return browser.findElements(By.cssSelector("#r-body mark.t-" + type)).stream()
        .map(WebElement::getText).toList();
  }

  private boolean scrollsSideways() {
    return (Boolean) ((JavascriptExecutor) browser).executeScript(
        "return document.documentElement.scrollWidth > window.innerWidth;");
  }

  private void screenshot(String name) throws IOException {
    File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
    Path target = Path.of("target", name);
    Files.createDirectories(target.getParent());
    Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
  }
}
