package io.atumdesk.assist.panel;

/** A ticket's customer was found frustrated for the first time (score at or over the threshold). */
public record CustomerFrustrated(Long ticketId, String tenantId, int score) {}
