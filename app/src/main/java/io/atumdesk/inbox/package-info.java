/**
 * The agent inbox: built-in and saved views over the tenant's tickets, filtered, sorted and paged
 * by a cursor that stays fast at a million tickets, with counts for badges and bulk actions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inbox")
package io.atumdesk.inbox;
