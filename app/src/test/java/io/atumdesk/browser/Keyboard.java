package io.atumdesk.browser;

import com.microsoft.playwright.Page;

/** Moves through a page the way a keyboard user does: Tab until focus reaches an element. */
final class Keyboard {

  private static final int MOST_STOPS = 60;

  private Keyboard() {}

  static void tabTo(Page page, String selector) {
    for (int stop = 0; stop < MOST_STOPS; stop++) {
      page.keyboard().press("Tab");
      if (Boolean.TRUE.equals(
          page.evaluate("s => document.activeElement?.matches(s) ?? false", selector))) {
        return;
      }
    }
    throw new AssertionError("Tab never reached " + selector + " on " + page.url());
  }
}
