/**
 * Triage: a new ticket's category, priority and assignment group suggested from its text by a
 * per-tenant classifier over sentence vectors, applied when confident, shown to the agent
 * otherwise.
 */
package io.atumdesk.assist.triage;
