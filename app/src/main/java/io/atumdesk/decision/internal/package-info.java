/** Compiles, keeps and evaluates the DMN tables behind {@link io.atumdesk.decision.Decisions}. */
package io.atumdesk.decision.internal;
