package io.atumdesk.channel;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
   * @param idle whether IMAP mailboxes are watched with IDLE (polling stays for POP3 and failures)
   * @param idleReconnectDelay the pause before a dropped IDLE session is opened again
   * @param idleRefresh how long one IDLE command lasts before it is ended, unseen mail searched for
   *     and IDLE issued again: bounds how late a mail the server failed to announce is read, and
   *     keeps the session under the servers' 30-minute timeout (RFC 2177)
   * @param rateLimit how many mails one sender may turn into tickets and replies
   * @param trustedAuthservIds the receiving hosts whose Authentication-Results count
   * @param senderPolicy what mailboxes without their own policy do when DMARC failed
   */
  public record Mail(
      @DefaultValue("true") boolean polling,
      @DefaultValue("PT1M") Duration pollInterval,
      @DefaultValue("100") int maxPerPoll,
      @DefaultValue("true") boolean idle,
      @DefaultValue("PT10S") Duration idleReconnectDelay,
      @DefaultValue("PT2M") Duration idleRefresh,
      @DefaultValue RateLimit rateLimit,
      @DefaultValue List<String> trustedAuthservIds,
      @DefaultValue("MARK") SenderPolicy senderPolicy) {}

  /**
   * @param maxMails the most mails of one sender (per tenant) taken within {@code window}
   * @param window how far back they are counted
   */
  public record RateLimit(
      @DefaultValue("20") int maxMails, @DefaultValue("PT10M") Duration window) {}
}
