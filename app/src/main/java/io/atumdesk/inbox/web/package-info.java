/** The agent inbox over HTTP: views, counts, saved views and bulk actions. */
package io.atumdesk.inbox.web;
