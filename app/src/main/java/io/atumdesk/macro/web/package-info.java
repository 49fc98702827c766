/** The reply template API under {@code /api/v1/reply-templates}. */
package io.atumdesk.macro.web;
