/**
 * Tenants, users, groups, roles and API tokens; signs people in and tells other modules who acts.
 */
@org.springframework.modulith.ApplicationModule(displayName = "People")
package io.atumdesk.people;
