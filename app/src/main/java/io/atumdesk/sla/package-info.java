/**
 * Service level clocks: business calendars with working hours, time zones and holidays, stored per
 * tenant next to shipped defaults, and the clocks that measure first response and resolution
 * targets on them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "SLA")
package io.atumdesk.sla;
