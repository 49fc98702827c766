package io.atumdesk.notification;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of notifications.
 *
 * @param templateDir an operator's folder of mail templates ({@code
 *     <tenant>/<language>/<name>.html|txt}, {@code default/...} for every tenant) that override the
 *     shipped ones; empty means only the shipped ones
 */
@ConfigurationProperties(prefix = "atum.notifications")
public record NotificationProperties(Path templateDir) {}
