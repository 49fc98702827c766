/** The inbound alert webhooks under {@code /api/v1/hooks/alerts/{sourceId}}. */
package io.atumdesk.alert.web;
