package io.atumdesk.connectors;

/**
 * Where a mailbox lives and how to sign in to it. {@link #toString()} leaves the password out, so
 * the settings can be logged.
 *
 * @param protocol {@code imap}, {@code imaps} or {@code pop3}
 */
public record MailboxSettings(
    String tenantId,
    String name,
    String host,
    int port,
    String protocol,
    String username,
    String password,
    String folder) {

  public boolean isPop3() {
    return protocol.startsWith("pop3");
  }

  @Override
  public String toString() {
    return "%s/%s (%s://%s@%s:%d/%s)"
        .formatted(tenantId, name, protocol, username, host, port, folder);
  }
}
