/**
 * Camel routes between ATUM DESK and outside systems; app implements the interfaces they declare.
 */
package io.atumdesk.connectors;
