package io.atumdesk.knowledge;

/**
 * An article matching a ticket, as the ticket page's knowledge fragment shows it: {@code
 * forCustomers} when it is public (then {@code portalUrl} is the absolute link a reply may carry).
 */
public record AssistArticle(ArticleMatch match, boolean forCustomers, String portalUrl) {}
