package io.atumdesk.change;

import java.time.Instant;

/** A vote as the API and the pages show it. */
public record VoteView(
    ApprovalRoute board, String voter, VoteDecision decision, String comment, Instant castAt) {}
