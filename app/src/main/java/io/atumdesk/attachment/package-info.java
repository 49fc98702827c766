/**
 * Files attached to tickets and to their replies and notes: streamed to disk, typed by their
 * content, quarantined when the content does not match the name, served so that browsers never run
 * them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attachments")
package io.atumdesk.attachment;
