/**
 * The webhook administration API under {@code /api/v1/webhooks}, the page {@code /admin/webhooks},
 * and the inbound hooks under {@code /hooks/webhook/{source}} with their own security chain.
 */
package io.atumdesk.webhook.web;
