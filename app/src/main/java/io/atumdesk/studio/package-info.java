/**
 * The studio: process designers and admins change their tenant's processes in the browser. Drafts
 * are saved without touching running tickets, checked before publishing, published as the tenant's
 * new version (running tickets keep theirs) and rolled back; every change is audited.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Studio")
package io.atumdesk.studio;
