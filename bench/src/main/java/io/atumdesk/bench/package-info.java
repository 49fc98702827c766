/**
 * A load benchmark, not a test: incident creates through the API against bare Flowable starts of a
 * process of the same shape, with latency percentiles, the database's work per create and the CPU
 * split between the app, PostgreSQL and this client.
 */
package io.atumdesk.bench;
