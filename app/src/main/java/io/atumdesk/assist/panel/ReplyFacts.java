package io.atumdesk.assist.panel;

import java.util.Locale;

/**
 * What a suggested reply is filled in with: the requester's first name, the ticket's key, the
 * resolution of the most similar resolved ticket (null when there is none) and the language of the
 * customer's messages.
 */
record ReplyFacts(String firstName, String key, String resolution, Locale language) {}
