package io.atumdesk.channel;

import io.atumdesk.core.Actor;
import io.atumdesk.core.ForbiddenException;
import io.atumdesk.core.Role;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The messaging payloads that could not be handled, with their reason, for admins. */
@Service
public class MessagingRejections {

  private final ChannelMessages messages;

  MessagingRejections(ChannelMessages messages) {
    this.messages = messages;
  }

  @Transactional(readOnly = true)
  public List<ChannelMessage> latest(Actor actor) {
    if (!actor.has(Role.ADMIN)) {
      throw new ForbiddenException("Only admins see the messages that could not be handled.");
    }
    return messages.findTop100ByOutcomeOrderByReceivedAtDesc(ChannelMessage.Outcome.REJECTED);
  }
}
