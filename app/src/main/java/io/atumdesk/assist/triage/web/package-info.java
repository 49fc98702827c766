/** The HTTP side of triage: its API and the suggestion card of the agent's ticket page. */
package io.atumdesk.assist.triage.web;
