/** The shared kernel: who is acting, in which tenant, and how errors reach clients. */
@org.springframework.modulith.ApplicationModule(
    displayName = "Core",
    type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package io.atumdesk.core;
