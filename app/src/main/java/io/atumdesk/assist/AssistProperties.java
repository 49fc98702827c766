package io.atumdesk.assist;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the offline models.
 *
 * @param embeddingChars how much of a text is embedded; the model reads about 256 tokens anyway,
 *     and a cap keeps a huge text from costing seconds
 * @param vectorSweep how often tickets still without a vector (raised while this node was down, or
 *     whose after-commit work was lost) are looked for and embedded
 * @param summarySentences how many central sentences a ticket's extractive summary shows
 */
@ConfigurationProperties(prefix = "atum.assist")
public record AssistProperties(
    @DefaultValue("2000") int embeddingChars,
    @DefaultValue("PT1M") Duration vectorSweep,
    @DefaultValue("3") int summarySentences) {}
