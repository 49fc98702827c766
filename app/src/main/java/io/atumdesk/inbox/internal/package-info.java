/**
 * The inbox read model: plain SQL over the {@code ticket} and {@code sla_clock} tables, which the
 * ticket and sla modules own and write. Hibernate's tenant filter does not apply to JDBC, so every
 * statement here names {@code tenant_id} itself. Also the saved views and the bulk status moves.
 */
package io.atumdesk.inbox.internal;
