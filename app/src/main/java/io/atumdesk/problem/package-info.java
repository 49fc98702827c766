/**
 * Problem management: a problem's root-cause analysis (timeline, five whys, cause category), its
 * known error with the workaround agents see on matching incidents, and its fix through a linked
 * change or its acceptance, after which the linked incidents are resolved and their requesters
 * told.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Problems")
package io.atumdesk.problem;
