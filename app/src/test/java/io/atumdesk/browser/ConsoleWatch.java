package io.atumdesk.browser;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * A page's console errors and uncaught exceptions (refused Content Security Policy violations among
 * them), except the 404s of two addresses that do not exist yet: {@code /live/...} (the live
 * updates module is built in parallel; until it lands the pages' event stream and presence calls
 * answer 404, which the pages survive) and {@code /favicon.ico} (no icon is shipped). Once they
 * exist there is nothing left to set aside.
 */
final class ConsoleWatch {

  static final List<String> NOT_YET_THERE = List.of("/live/", "/favicon.ico");
  private static final Map<Page, List<String>> ERRORS =
      Collections.synchronizedMap(new WeakHashMap<>());

  private ConsoleWatch() {}

  /** Starts listening; call before the page navigates. */
  static Page watch(Page page) {
    List<String> errors = Collections.synchronizedList(new ArrayList<>());
    ERRORS.put(page, errors);
    page.onConsoleMessage(
        message -> {
          String at = String.valueOf(message.location());
          if ("error".equals(message.type())
              && NOT_YET_THERE.stream().noneMatch(path -> at.contains(path))) {
            errors.add(message.text() + " (" + at + ")");
          }
        });
    page.onPageError(errors::add);
    return page;
  }

  static List<String> errors(Page page) {
    return List.copyOf(ERRORS.getOrDefault(page, List.of()));
  }
}
