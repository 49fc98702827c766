/**
 * The only module besides {@code *.process} adapters that touches Flowable: starts each ticket's
 * process, offers the palette of named actions processes call, keeps ticket status in step with the
 * process, and serves the human task inbox.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow")
package io.atumdesk.workflow;
