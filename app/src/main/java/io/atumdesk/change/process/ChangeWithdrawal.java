package io.atumdesk.change.process;

import org.flowable.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Ends a change's process through its withdrawal event subprocess (message {@code
 * changeWithdrawn}), so the model shows how a withdrawal ends and the ticket closes with it.
 */
@Component
public class ChangeWithdrawal {

  static final String MESSAGE = "changeWithdrawn";

  private final RuntimeService runtime;

  ChangeWithdrawal(RuntimeService runtime) {
    this.runtime = runtime;
  }

  /** Withdraws the running instance; false when it no longer waits for the message. */
  public boolean withdraw(String processInstanceId) {
    var subscription =
        runtime
            .createExecutionQuery()
            .processInstanceId(processInstanceId)
            .messageEventSubscriptionName(MESSAGE)
            .singleResult();
    if (subscription == null) {
      return false;
    }
    runtime.messageEventReceived(MESSAGE, subscription.getId());
    return true;
  }
}
