package io.atumdesk.catalog;

import java.math.BigDecimal;

/**
 * A catalog item as an admin writes it.
 *
 * @param formKey the id of a shipped form-js schema, such as {@code order-laptop}
 * @param fulfillmentProcess the key of the process that fulfils one ordered item
 * @param cost what one costs, read by the request-approval table; null when not known
 * @param audience a group key whose members alone see the item; empty for every customer
 */
public record ItemForm(
    String name,
    String category,
    String description,
    String formKey,
    String fulfillmentProcess,
    BigDecimal cost,
    String audience,
    boolean active) {}
