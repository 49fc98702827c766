/**
 * The configuration management database: configuration items with their types, lifecycle and
 * relations, their links to tickets, impact analysis up to the business services, and CSV import.
 */
@org.springframework.modulith.ApplicationModule(displayName = "CMDB")
package io.atumdesk.cmdb;
