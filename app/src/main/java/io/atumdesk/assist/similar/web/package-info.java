/** The similar-tickets API and the ticket page's card with its duplicate actions. */
package io.atumdesk.assist.similar.web;
