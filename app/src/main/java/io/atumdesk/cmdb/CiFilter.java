package io.atumdesk.cmdb;

/**
 * Which items a list shows; a null field does not filter.
 *
 * @param text part of the name or key, any case
 */
public record CiFilter(String type, CiState state, String text) {}
