package io.atumdesk.knowledge.web;

/** A knowledge manager's comment on an approval or a rejection. */
record ReviewForm(String comment) {}
