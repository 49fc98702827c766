/** The change API under {@code /api/v1/changes} and the change calendar page. */
package io.atumdesk.change.web;
