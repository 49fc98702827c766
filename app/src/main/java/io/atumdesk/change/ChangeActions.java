package io.atumdesk.change;

import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The actions {@code change.bpmn20.xml} calls, each a thin adapter: read the model's parameters and
 * the variables, call one method of the module, return the variables to set.
 */
@Configuration
class ChangeActions {

  static final String BOARD = "board";
  static final String OUTCOME = "outcome";
  static final String STAGE = "stage";

  /**
   * {@code openChange}: makes sure the change has its row (one raised through the plain ticket API
   * gets a normal change's) and says whether it was submitted at once or starts as a draft.
   */
  @Bean
  ChangeAction openChange(ChangeRows rows) {
    return new ChangeAction("openChange", Set.of()) {
      @Override
      Map<String, Object> run(ActionCall call) {
        Change change = rows.forProcess(call.ticketId());
        return Map.of(
            ChangeSteps.CHANGE_TYPE,
            change.type().name(),
            ChangeSteps.SUBMITTED,
            Boolean.TRUE.equals(call.variables().get(ChangeSteps.SUBMITTED)));
      }
    };
  }

  /** {@code assessChangeRisk}: the risk table decides risk, route, quorum and veto. */
  @Bean
  ChangeAction assessChangeRisk(ChangeRiskAssessment assessment) {
    return new ChangeAction("assessChangeRisk", Set.of()) {
      @Override
      Map<String, Object> run(ActionCall call) {
        return assessment.assess(call.ticketId());
      }
    };
  }

  /** {@code tallyChangeVotes}: where the {@code board}'s votes stand after the latest one. */
  @Bean
  ChangeAction tallyChangeVotes(ChangeProgress progress) {
    return new ChangeAction("tallyChangeVotes", Set.of(BOARD)) {
      @Override
      Map<String, Object> run(ActionCall call) {
        return progress.tally(
            call.ticketId(), ApprovalRoute.valueOf(call.parameters().get(BOARD)), call.variables());
      }
    };
  }

  /** {@code decideChange}: records the approval's {@code outcome} on the change. */
  @Bean
  ChangeAction decideChange(ChangeProgress progress) {
    return new ChangeAction("decideChange", Set.of(OUTCOME)) {
      @Override
      Map<String, Object> run(ActionCall call) {
        progress.decide(call.ticketId(), call.parameters().get(OUTCOME));
        return Map.of();
      }
    };
  }

  /** {@code escalateChangeApproval}: the ECAB did not decide in time; the manager is asked. */
  @Bean
  ChangeAction escalateChangeApproval(ChangeProgress progress) {
    return new ChangeAction("escalateChangeApproval", Set.of()) {
      @Override
      Map<String, Object> run(ActionCall call) {
        progress.escalate(call.ticketId());
        return Map.of();
      }
    };
  }

  /** {@code readImplementationResult}: whether the implementation succeeded, for the gateway. */
  @Bean
  ChangeAction readImplementationResult(ChangeProgress progress) {
    return new ChangeAction("readImplementationResult", Set.of()) {
      @Override
      Map<String, Object> run(ActionCall call) {
        return Map.of(
            ChangeSteps.IMPLEMENTATION_RESULT, progress.implementationResult(call.ticketId()));
      }
    };
  }

  /**
   * {@code checkChangeStep}: after a step the change API completes, that the API did (the change
   * reached {@code stage}); a step completed any other way is refused and rolled back.
   */
  @Bean
  ChangeAction checkChangeStep(ChangeProgress progress) {
    return new ChangeAction("checkChangeStep", Set.of(STAGE)) {
      @Override
      Map<String, Object> run(ActionCall call) {
        progress.check(call.ticketId(), ChangeStage.valueOf(call.parameters().get(STAGE)));
        return Map.of();
      }
    };
  }

  /** {@code linkWindowIncidents}: links incidents raised on the change's items in its window. */
  @Bean
  ChangeAction linkWindowIncidents(WindowIncidents incidents) {
    return new ChangeAction("linkWindowIncidents", Set.of()) {
      @Override
      Map<String, Object> run(ActionCall call) {
        return Map.of("linkedIncidents", incidents.link(call.ticketId()));
      }
    };
  }
}
