/** The catalog's API, the portal's catalog pages, the admin page and the approval link page. */
package io.atumdesk.catalog.web;
