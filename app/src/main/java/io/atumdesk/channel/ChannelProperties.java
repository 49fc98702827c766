package io.atumdesk.channel;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the channels.
 *
 * @param mail how mailboxes are read
 */
@ConfigurationProperties(prefix = "atum.channel")
public record ChannelProperties(@DefaultValue Mail mail) {

  /**
   * @param polling whether mailboxes are read on a schedule (tests read them by hand)
   * @param pollInterval the pause between two reads of all mailboxes
   * @param maxPerPoll the most mails taken from one mailbox in one read
   * @param secretKey the AES-256 key (Base64) that seals mailbox passwords; empty means keyFile
   * @param keyFile where a key is made once and kept when no secretKey is given
   */
  public record Mail(
      @DefaultValue("true") boolean polling,
      @DefaultValue("PT1M") Duration pollInterval,
      @DefaultValue("100") int maxPerPoll,
      String secretKey,
      @DefaultValue("./data/mail-secret.key") Path keyFile) {}
}
