/** The business calendar API under {@code /api/v1/calendars}. */
package io.atumdesk.sla.web;
