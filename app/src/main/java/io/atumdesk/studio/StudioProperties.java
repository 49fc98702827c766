package io.atumdesk.studio;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the studio.
 *
 * @param maxModelSize the largest model a designer may save or publish; larger ones are refused
 *     with 400 before they are parsed
 * @param maxUpload the largest request body the studio's model endpoints read, so that a model over
 *     {@code maxModelSize} is answered with the model's limit rather than the general body limit
 */
@ConfigurationProperties(prefix = "atum.studio")
public record StudioProperties(
    @DefaultValue("1MB") DataSize maxModelSize, @DefaultValue("16MB") DataSize maxUpload) {}
