/** The attachment API under {@code /api/v1/tickets/{key}/attachments}. */
package io.atumdesk.attachment.web;
