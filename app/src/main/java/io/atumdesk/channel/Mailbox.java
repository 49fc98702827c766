package io.atumdesk.channel;

import io.atumdesk.connectors.MailboxSettings;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.HashMap;
import java.util.Map;
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
  private String smtpHost;
  private Integer smtpPort;
  private String smtpSecurity;
  private String smtpUsername;
  private String smtpPassword;
  private String fromAddress;
  private String fromName;

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

  /** Sends through this SMTP server; blank sign-in details mean the IMAP ones. */
  void sendThrough(Smtp smtp, String sealedPassword) {
    this.smtpHost = smtp.host();
    this.smtpPort = smtp.port();
    this.smtpSecurity = smtp.security();
    this.smtpUsername = smtp.username();
    this.smtpPassword = sealedPassword;
    this.fromAddress = smtp.fromAddress();
    this.fromName = smtp.fromName();
  }

  public boolean sends() {
    return smtpHost != null && !smtpHost.isBlank();
  }

  public String fromAddress() {
    return fromAddress == null || fromAddress.isBlank() ? username : fromAddress;
  }

  public String fromName() {
    return fromName;
  }

  public String smtpHost() {
    return smtpHost;
  }

  public Integer smtpPort() {
    return smtpPort;
  }

  public String smtpSecurity() {
    return smtpSecurity;
  }

  /** The settings {@code MailTransport} sends with, the password opened. */
  Map<String, String> sendingSettings(ChannelSecrets secrets) {
    boolean ownLogin = smtpUsername != null && !smtpUsername.isBlank();
    Map<String, String> settings = new HashMap<>();
    settings.put("host", smtpHost);
    settings.put("port", String.valueOf(smtpPort == null ? 25 : smtpPort));
    settings.put("security", smtpSecurity == null ? "none" : smtpSecurity);
    settings.put("username", ownLogin ? smtpUsername : username);
    settings.put(
        "password", secrets.decrypt(ownLogin && smtpPassword != null ? smtpPassword : password));
    settings.put("fromAddress", fromAddress());
    if (fromName != null && !fromName.isBlank()) {
      settings.put("fromName", fromName);
    }
    return Map.copyOf(settings);
  }

  /** Where and how a mailbox sends; blank username and password mean the IMAP sign-in. */
  public record Smtp(
      String host,
      Integer port,
      String security,
      String username,
      String password,
      String fromAddress,
      String fromName) {

    /** Leaves the password out, so the settings can be logged. */
    @Override
    public String toString() {
      return "smtp://%s@%s:%d (%s) from %s".formatted(username, host, port, security, fromAddress);
    }
  }

  MailboxSettings settings(ChannelSecrets secrets) {
    return new MailboxSettings(
        tenantId, name, host, port, protocol, username, secrets.decrypt(password), folder);
  }
}
