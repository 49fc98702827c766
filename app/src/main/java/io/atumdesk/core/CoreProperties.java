package io.atumdesk.core;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the shared kernel.
 *
 * @param maxRequestBody the largest request body accepted; larger ones get 413
 */
@ConfigurationProperties(prefix = "atum.core")
public record CoreProperties(@DefaultValue("1MB") DataSize maxRequestBody) {}
