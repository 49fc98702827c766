/**
 * The service catalog (the architecture's {@code request} module): items customers may order, an
 * order of several items as one service request, the approval its items need (the request-approval
 * table), and each item's fulfilment by a process of its own.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Service catalog")
package io.atumdesk.catalog;
