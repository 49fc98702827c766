package io.atumdesk.workspace.web;

import io.atumdesk.ticket.LinkKind;

/** A link from the ticket on the page to another one, by the other's key. */
record LinkForm(LinkKind kind, String otherKey) {}
