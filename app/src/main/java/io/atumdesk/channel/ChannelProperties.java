package io.atumdesk.channel;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the channels.
 *
 * @param mail how mailboxes are read
 * @param secretKey the AES-256 key (Base64) that seals channel credentials; empty means keyFile
 * @param keyFile where a key is made once and kept when no secretKey is given
 */
@ConfigurationProperties(prefix = "atum.channel")
public record ChannelProperties(
    @DefaultValue Mail mail,
    String secretKey,
    @DefaultValue("./data/channel-secret.key") Path keyFile) {

  /**
   * @param polling whether mailboxes are read on a schedule (tests read them by hand)
   * @param pollInterval the pause between two reads of all mailboxes
   * @param maxPerPoll the most mails taken from one mailbox in one read
   */
  public record Mail(
      @DefaultValue("true") boolean polling,
      @DefaultValue("PT1M") Duration pollInterval,
      @DefaultValue("100") int maxPerPoll) {}
}
