/** The event stream and presence endpoints under {@code /live}. */
package io.atumdesk.live.web;
