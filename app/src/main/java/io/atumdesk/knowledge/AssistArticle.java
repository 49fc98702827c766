package io.atumdesk.knowledge;

/**
 * An article matching a ticket, as the ticket page's knowledge fragment shows it: {@code
 * forCustomers} when it is public; {@code portalUrl} the absolute link a reply may carry, null when
 * the article is internal or the ticket takes no more replies (closed).
 */
public record AssistArticle(ArticleMatch match, boolean forCustomers, String portalUrl) {}
