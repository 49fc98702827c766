/**
 * The webhook administration API under {@code /api/v1/webhooks}, the page {@code /admin/webhooks},
 * and the inbound hooks under {@code /api/v1/hooks/webhook/{source}} (the old {@code
 * /hooks/webhook/{source}} still answers, deprecated) with their own security chain.
 */
package io.atumdesk.webhook.web;
