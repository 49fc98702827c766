/** The portal's page controllers and the forms they bind. */
package io.atumdesk.portal.web;
