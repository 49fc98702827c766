package io.atumdesk.knowledge;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the knowledge base.
 *
 * @param candidates how many hits each half of the search (lexical, semantic) contributes to the
 *     fusion
 * @param minimumSimilarity the cosine similarity below which a semantic neighbour is not a match
 * @param deflectionWindow how long after reading a suggested article a new ticket from the same
 *     customer counts as not deflected
 * @param fourEyes whether a knowledge manager's edit of a published article is reviewed by another
 *     one, as every agent's is (true); false publishes their edits at once
 * @param linkBaseUrl where customers reach this installation: the start of the article links agents
 *     insert into replies
 */
@ConfigurationProperties(prefix = "atum.knowledge")
public record KnowledgeProperties(
    @DefaultValue("50") int candidates,
    @DefaultValue("0.35") float minimumSimilarity,
    @DefaultValue("PT30M") Duration deflectionWindow,
    @DefaultValue("true") boolean fourEyes,
    @DefaultValue("http://localhost:8080") String linkBaseUrl) {}
