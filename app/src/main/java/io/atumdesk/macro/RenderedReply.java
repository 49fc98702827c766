package io.atumdesk.macro;

/** A template filled in for one ticket: plain text, for the page to put into its editor. */
public record RenderedReply(String body, ReplyTemplate.Visibility visibility) {}
