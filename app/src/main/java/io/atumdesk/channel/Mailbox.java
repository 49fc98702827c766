package io.atumdesk.channel;

import io.atumdesk.connectors.MailboxSettings;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/**
 * A tenant's mailbox that mail comes in through. The password is kept sealed ({@link
 * ChannelSecrets}) and never logged or shown: {@link MailboxSettings#toString()} leaves it out.
 */
@Entity
@Table(name = "mailbox")
public class Mailbox {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private String name;
  private String host;
  private int port;
  private String protocol;
  private String username;
  private String password;
  private String folder;
  private boolean enabled;

  @Enumerated(EnumType.STRING)
  private SenderPolicy senderPolicy;

  protected Mailbox() {}

  Mailbox(
      String name,
      String host,
      int port,
      String protocol,
      String username,
      String sealedPassword,
      String folder) {
    this.name = name;
    this.host = host;
    this.port = port;
    this.protocol = protocol;
    this.username = username;
    this.password = sealedPassword;
    this.folder = folder;
    this.enabled = true;
  }

  public String name() {
    return name;
  }

  public boolean enabled() {
    return enabled;
  }

  public void disable() {
    this.enabled = false;
  }

  public void enable() {
    this.enabled = true;
  }

  /** Points the mailbox elsewhere; a null {@code sealedPassword} keeps the one it has. */
  void change(
      String host,
      int port,
      String protocol,
      String username,
      String sealedPassword,
      String folder,
      SenderPolicy senderPolicy) {
    this.host = host;
    this.port = port;
    this.protocol = protocol;
    this.username = username;
    if (sealedPassword != null) {
      this.password = sealedPassword;
    }
    this.folder = folder;
    this.senderPolicy = senderPolicy;
  }

  /** Its own policy for failed DMARC, or null for the global one. */
  public SenderPolicy senderPolicy() {
    return senderPolicy;
  }

  public Long id() {
    return id;
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  public String protocol() {
    return protocol;
  }

  public String username() {
    return username;
  }

  public String folder() {
    return folder;
  }

  MailboxSettings settings(ChannelSecrets secrets) {
    return new MailboxSettings(
        tenantId, name, host, port, protocol, username, secrets.decrypt(password), folder);
  }
}
