package io.atumdesk.core;

import java.util.function.Supplier;

/**
 * The tenant the current thread works for. Set by the security filter for requests and by the
 * workflow module for engine threads; Hibernate's {@code @TenantId} filtering reads it.
 */
public final class TenantContext {

  private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();
  private static final String NONE = "";

  private TenantContext() {}

  public static String current() {
    return CURRENT.get();
  }

  public static String required() {
    String tenant = CURRENT.get();
    if (tenant == null) {
      throw new IllegalStateException("No tenant is set for this thread");
    }
    return tenant;
  }

  /** Runs {@code work} as {@code tenantId}, restoring whatever was set before. */
  public static <T> T callAs(String tenantId, Supplier<T> work) {
    String previous = CURRENT.get();
    CURRENT.set(tenantId);
    try {
      return work.get();
    } finally {
      restore(previous);
    }
  }

  public static void runAs(String tenantId, Runnable work) {
    callAs(
        tenantId,
        () -> {
          work.run();
          return null;
        });
  }

  /** Binds a tenant that owns nothing, for requests nobody signed in to. */
  public static void setNone() {
    CURRENT.set(NONE);
  }

  public static void set(String tenantId) {
    CURRENT.set(tenantId);
  }

  public static void clear() {
    CURRENT.remove();
  }

  private static void restore(String previous) {
    if (previous == null) {
      CURRENT.remove();
    } else {
      CURRENT.set(previous);
    }
  }
}
