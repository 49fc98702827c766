package io.atumdesk.inbox;

/**
 * How many tickets a view holds, for a badge. Counting stops at the cap, so a big view costs no
 * more than a small one: {@code capped} then says there are more, and {@code label} reads "999+".
 */
public record ViewCount(InboxView view, long count, boolean capped) {

  public String label() {
    return capped ? count + "+" : Long.toString(count);
  }
}
