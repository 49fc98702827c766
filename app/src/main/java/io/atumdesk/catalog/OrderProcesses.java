package io.atumdesk.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the catalog asks of the process engine (implemented in {@code process}): whether a
 * fulfilment process is deployed, which steps of an order are open, and a task's form.
 */
public interface OrderProcesses {

  /** The prefix every fulfilment process key carries, e.g. {@code fulfil-laptop}. */
  String PREFIX = "fulfil-";

  /** The position the order's own steps (its approvals) are listed under. */
  int ORDER = -1;

  boolean deployed(String tenantId, String processKey);

  /** The open steps of an order's process by item position, its own steps under {@link #ORDER}. */
  Map<Integer, List<OpenStep>> openSteps(String tenantId, String processInstanceId);

  Optional<String> formKeyOf(String tenantId, String taskId);

  /** A step waiting for a person or a group. */
  record OpenStep(String taskId, String name, String assignee, List<String> groups) {}
}
