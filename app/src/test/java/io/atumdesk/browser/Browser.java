package io.atumdesk.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One headless Chromium for the whole test run: Debian's {@code /usr/bin/chromium} (or {@code
 * ATUM_CHROMIUM}), driven by Playwright, whose own browser download is switched off. Each person in
 * a test gets a fresh context (cookies, storage), so several people can share one browser.
 */
public final class Browser {

  private static final Path AXE = Path.of("src/main/frontend/node_modules/axe-core/axe.min.js");
  private static Playwright playwright;
  private static com.microsoft.playwright.Browser chromium;

  private Browser() {}

  /** A new signed-out browser window on the application under test, in English and light. */
  public static Page open(int port) {
    return open(port, "en-GB", com.microsoft.playwright.options.ColorScheme.LIGHT);
  }

  /** A new signed-out browser window with the browser's language and colour scheme. */
  public static synchronized Page open(
      int port, String locale, com.microsoft.playwright.options.ColorScheme scheme) {
    if (chromium == null) {
      launch();
    }
    BrowserContext context =
        chromium.newContext(
            new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setLocale(locale)
                .setColorScheme(scheme)
                .setViewportSize(1280, 900));
    // Injected through the DevTools protocol, so the page's CSP (no inline script) stays in force.
    context.addInitScript(AXE);
    context.setDefaultTimeout(15_000);
    OPEN_WINDOWS.add(context);
    Page page = context.newPage();
    List<String> problems = new ArrayList<>();
    page.onConsoleMessage(
        message -> {
          if ("error".equals(message.type())) {
            problems.add(message.text());
          }
        });
    page.onPageError(problems::add);
    CONSOLE_ERRORS.put(page, problems);
    return page;
  }

  private static final List<BrowserContext> OPEN_WINDOWS = new ArrayList<>();

  /**
   * Closes every window the test opened, so that no page keeps its live stream open into the next
   * test (call it after each test).
   */
  public static synchronized void closeWindows() {
    OPEN_WINDOWS.forEach(BrowserContext::close);
    OPEN_WINDOWS.clear();
  }

  private static final Map<Page, List<String>> CONSOLE_ERRORS =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  /** Errors the page logged or threw, including refused Content Security Policy violations. */
  public static List<String> consoleErrors(Page page) {
    return List.copyOf(CONSOLE_ERRORS.getOrDefault(page, List.of()));
  }

  /** Signs in on the sign-in page; demo passwords are the user names. */
  public static Page signIn(Page page, String user) {
    page.navigate("/login");
    // By id, so that it works in every language.
    page.locator("#username").fill(user);
    page.locator("#password").fill(user);
    page.locator("main form button[type=submit]").click();
    page.waitForLoadState();
    return page;
  }

  private static void launch() {
    if (!Files.exists(AXE)) {
      throw new IllegalStateException(
          "axe-core is missing: the build installs it with npm (run mvn verify, not only surefire)");
    }
    String executable = System.getenv().getOrDefault("ATUM_CHROMIUM", "/usr/bin/chromium");
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    chromium =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(executable))
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync")));
    Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
  }
}
