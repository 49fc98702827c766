package io.atumdesk.channel;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * A tenant's account on a messaging channel (an SMS number, a Slack app, a Telegram bot, a Teams
 * webhook pair). Its settings are JSON with the secret fields sealed; {@code hookKey} is the
 * unguessable name of the account in its webhook URL.
 */
@Entity
@Table(name = "channel_account")
public class ChannelAccount {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @TenantId private String tenantId;
  private String channel;
  private String name;
  private String hookKey;
  private String settings;
  private boolean enabled;
  private Instant createdAt;

  protected ChannelAccount() {}

  ChannelAccount(
      String channel, String name, String hookKey, String sealedSettings, Instant createdAt) {
    this.channel = channel;
    this.name = name;
    this.hookKey = hookKey;
    this.settings = sealedSettings;
    this.enabled = true;
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public String channel() {
    return channel;
  }

  public String name() {
    return name;
  }

  public String hookKey() {
    return hookKey;
  }

  public boolean enabled() {
    return enabled;
  }

  String sealedSettings() {
    return settings;
  }

  void reseal(String sealedSettings) {
    this.settings = sealedSettings;
  }

  String tenantId() {
    return tenantId;
  }

  void enable(boolean enabled) {
    this.enabled = enabled;
  }
}
