/** Notifications to people, queued durably until a channel (mail, chat, SMS) delivers them. */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package io.atumdesk.notification;
