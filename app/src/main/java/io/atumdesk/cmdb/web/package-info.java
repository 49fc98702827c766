/**
 * The CMDB over HTTP: the API under {@code /api/v1/cis} and {@code /api/v1/ci-types}, and pages.
 */
package io.atumdesk.cmdb.web;
