/**
 * Reply templates (macros): per-tenant texts with a few fixed placeholders, filled in per ticket.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reply templates")
package io.atumdesk.macro;
