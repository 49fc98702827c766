package io.atumdesk.chat;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the web chat.
 *
 * @param streamTicketTtl how long a signed ticket to open a visitor's event stream holds
 * @param streamTimeout how long one event stream lives before the browser reconnects
 * @param heartbeat how often open streams get a comment line
 * @param maxFileSize the largest file a chat takes (never more than the attachments' limit)
 * @param requestsPerMinutePerAddress requests one IP address may make to the widget endpoints
 * @param messagesPerMinutePerConversation messages and files one chat may send per minute
 * @param leaveGrace how long after a visitor left (or lost their stream) the leave counts
 * @param ruleInterval how often the widgets' auto-ticket rules are evaluated
 */
@ConfigurationProperties(prefix = "atum.chat")
public record ChatProperties(
    @DefaultValue("PT1M") Duration streamTicketTtl,
    @DefaultValue("PT30M") Duration streamTimeout,
    @DefaultValue("PT15S") Duration heartbeat,
    @DefaultValue("10MB") DataSize maxFileSize,
    @DefaultValue("120") int requestsPerMinutePerAddress,
    @DefaultValue("30") int messagesPerMinutePerConversation,
    @DefaultValue("PT1M") Duration leaveGrace,
    @DefaultValue("PT30S") Duration ruleInterval) {}
