/**
 * The customers' pages, the portal: their own tickets, raising one with files, the public
 * conversation, replying, accepting or rejecting a resolution and rating it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customer portal")
package io.atumdesk.portal;
