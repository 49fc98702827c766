package io.atumdesk.channel;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/** The current tenant's messaging-channel messages: idempotency store and threading index. */
interface ChannelMessages extends JpaRepository<ChannelMessage, Long> {

  boolean existsByChannelAndMessageId(String channel, String messageId);

  /** Tickets of messages that are, or began, the thread {@code reference}, newest first. */
  @Query(
      """
      select m.ticketKey from ChannelMessage m
      where m.channel = :channel and m.ticketKey is not null
        and (m.messageId = :reference or m.threadKey = :reference)
      order by m.receivedAt desc, m.id desc
      """)
  List<String> ticketsOfThread(
      @Param("channel") String channel, @Param("reference") String reference);

  /** Tickets of an account's conversation (a chat, a phone number), newest first. */
  @Query(
      """
      select m.ticketKey from ChannelMessage m
      where m.channel = :channel and m.account = :account and m.threadKey = :key
        and m.ticketKey is not null
      order by m.receivedAt desc, m.id desc
      """)
  List<String> ticketsOfConversation(
      @Param("channel") String channel, @Param("account") String account, @Param("key") String key);

  List<ChannelMessage> findTop100ByOutcomeOrderByReceivedAtDesc(ChannelMessage.Outcome outcome);

  Optional<ChannelMessage> findByChannelAndMessageId(String channel, String messageId);
}
