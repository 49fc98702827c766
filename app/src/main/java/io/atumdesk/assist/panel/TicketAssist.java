package io.atumdesk.assist.panel;

import io.atumdesk.assist.panel.ArticleSuggestions.SuggestedArticle;
import java.util.List;
import java.util.Map;

/**
 * Everything the assist panel shows for a ticket.
 *
 * @param articles matching knowledge articles; null when no knowledge module answers
 * @param similar resolved tickets like this one, best first
 * @param language the language of the customer's messages (ISO 639), which picked the replies'
 * @param replies a suggested reply per tone, from the templates
 * @param frustration the customer's frustration score with its signals
 * @param flagged whether the customer was found frustrated before (recorded on the timeline)
 * @param open whether the ticket still takes replies
 * @param modelAvailable whether a local model is configured for drafts
 */
public record TicketAssist(
    String key,
    List<SuggestedArticle> articles,
    List<SimilarTicket> similar,
    String language,
    Map<Tone, String> replies,
    Frustration frustration,
    boolean flagged,
    boolean open,
    boolean modelAvailable) {}
