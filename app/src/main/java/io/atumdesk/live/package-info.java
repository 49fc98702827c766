/**
 * Live updates for the pages over server-sent events, and presence (who else views or types on a
 * ticket).
 *
 * <p>Signals are sent only after the causing transaction committed. The listeners here are plain
 * synchronous {@code @EventListener}s that queue a signal on the running transaction ({@link
 * io.atumdesk.live.CommittedSignals}), which sends it from {@code afterCommit}. Not
 * {@code @TransactionalEventListener(AFTER_COMMIT)}: with Spring Modulith's JDBC event publication
 * registry on the classpath, every such listener gets a row in {@code event_publication} per event,
 * written in the business transaction and marked completed later, which is bookkeeping for
 * deliveries that must survive a crash, and a page signal is worthless after one. Not
 * {@code @ApplicationModuleListener} either: asynchronous, in a new transaction, and republished
 * from the registry on failure, so a "ticket-raised" could arrive late, twice or out of order.
 * Listening synchronously also lets a signal be worked out just before the commit, when the process
 * has already set the new ticket's priority and group, and on the causing thread's tenant.
 *
 * <p>One node today: {@link io.atumdesk.live.LocalFanOut} hands each committed signal to this
 * node's open streams ({@link io.atumdesk.live.LiveStreams}, kept per tenant). Several nodes would
 * swap in another {@link io.atumdesk.live.FanOut}: publish each signal as JSON with PostgreSQL
 * {@code NOTIFY} on one channel (payloads stay far below its 8000-byte limit), and have one
 * connection per node {@code LISTEN} and deliver to its own streams; presence announcements would
 * travel the same way, each node keeping its replica. See ADR 0011.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Live updates")
package io.atumdesk.live;
