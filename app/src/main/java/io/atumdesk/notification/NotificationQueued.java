package io.atumdesk.notification;

/** A notification was queued, in the transaction that decided it; the outbox delivers it. */
public record NotificationQueued(
    String tenantId,
    Long notificationId,
    Long ticketId,
    Notification.RecipientKind recipientKind,
    String recipient,
    String subject,
    String body,
    String template) {}
