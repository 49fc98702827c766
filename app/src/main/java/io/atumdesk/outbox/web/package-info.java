/** The outbox's API and admin page. */
package io.atumdesk.outbox.web;
