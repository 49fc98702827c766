/** The studio over HTTP: the API under {@code /api/v1/studio} and the pages under /studio. */
package io.atumdesk.studio.web;
