/**
 * The agents' and CAB members' pages: the inbox, the ticket page and the approvals view, rendered
 * on the server with htmx fragments, on top of the ticket, workflow and SLA modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workspaces")
package io.atumdesk.workspace;
