/**
 * The durable outbox: every message to a requester or colleague (replies, confirmations,
 * notifications) is a row written in the transaction that caused it, sent afterwards on its channel
 * by a clustered dispatcher, retried with backoff and kept as a dead letter when it cannot go.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outbox")
package io.atumdesk.outbox;
