/** Demo tenants, users for every role and sample tickets, for trying ATUM DESK out of the box. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo")
package io.atumdesk.demo;
