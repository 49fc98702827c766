/** What every work item shares: key, fields, status, conversation and the audit trail. */
@org.springframework.modulith.ApplicationModule(displayName = "Tickets")
package io.atumdesk.ticket;
