package io.atumdesk.knowledge.web;

/** "Was this helpful?": yes or no, and optionally why. */
record FeedbackForm(Boolean helpful, String comment) {}
