/**
 * Change management: a change's own row (type, plan, rollback plan, test evidence, affected items,
 * schedule, risk, the board's outcome and the review), the CAB's votes, blackout windows and the
 * change calendar; the change process calls it through the adapters in {@code process}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Change management")
package io.atumdesk.change;
