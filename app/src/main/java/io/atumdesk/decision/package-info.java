/** Decisions: evaluates the DMN decision tables that set priorities and routes, by table id. */
@ApplicationModule(displayName = "Decisions")
package io.atumdesk.decision;

import org.springframework.modulith.ApplicationModule;
