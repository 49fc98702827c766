/**
 * Similar tickets and duplicates: the nearest open and resolved tickets by vector, a likely
 * duplicate flagged on creation (dismissed, linked or merged by an agent), merging, and alert
 * storms grouped under one parent incident.
 */
package io.atumdesk.assist.similar;
