package io.atumdesk.outbox;

import io.atumdesk.channel.Conversation;
import io.atumdesk.channel.Conversations;
import io.atumdesk.channel.MailAccounts;
import io.atumdesk.people.Contact;
import io.atumdesk.people.PeopleDirectory;
import io.atumdesk.ticket.Ticket;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Finds where to reach people. A ticket's requester: the conversation they last wrote on, else
 * their e-mail address (an account's, or the address they are known by) from the tenant's sending
 * mailbox. A colleague: their account's address. Robot addresses (mailer-daemon, no-reply) never
 * get mail, so no loops; without an address, or with no mailbox that sends, nobody is reached.
 */
@Component
class Recipients {

  private static final Set<String> ROBOTS =
      Set.of("mailer-daemon", "postmaster", "noreply", "no-reply", "donotreply", "do-not-reply");
  private final Conversations conversations;
  private final PeopleDirectory people;
  private final MailAccounts mail;

  Recipients(Conversations conversations, PeopleDirectory people, MailAccounts mail) {
    this.conversations = conversations;
    this.people = people;
    this.mail = mail;
  }

  Optional<Recipient> requesterOf(Ticket ticket) {
    Optional<Contact> contact = people.contact(ticket.tenantId(), ticket.requester());
    String name = contact.map(Contact::displayName).orElse(ticket.requester());
    String language = contact.map(Contact::locale).orElse(null);
    Optional<Conversation> conversation = conversations.of(ticket.key());
    if (conversation.isPresent()) {
      Conversation c = conversation.get();
      return Optional.of(
          new Recipient(
              c.channel(), c.account(), c.address(), c.threadReference(), name, language));
    }
    String address =
        ticket.requester().contains("@")
            ? ticket.requester()
            : contact.map(Contact::email).orElse(null);
    return byMail(address, name, language);
  }

  Optional<Recipient> user(String tenantId, String username) {
    return people
        .contact(tenantId, username)
        .flatMap(c -> byMail(c.email(), c.displayName(), c.locale()));
  }

  private Optional<Recipient> byMail(String address, String name, String language) {
    if (address == null || address.isBlank() || isRobot(address)) {
      return Optional.empty();
    }
    return mail.defaultSender()
        .map(account -> new Recipient("email", account, address.strip(), null, name, language));
  }

  static boolean isRobot(String address) {
    int at = address.indexOf('@');
    String local = (at < 0 ? address : address.substring(0, at)).toLowerCase(Locale.ROOT);
    return ROBOTS.contains(local);
  }
}
