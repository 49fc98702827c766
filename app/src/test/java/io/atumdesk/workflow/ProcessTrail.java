package io.atumdesk.workflow;

import java.util.List;
import org.flowable.engine.HistoryService;
import org.flowable.engine.history.HistoricActivityInstance;

/** What process tests read from Flowable's history: the activities an instance went through. */
final class ProcessTrail {

  private ProcessTrail() {}

  /** The ids of the activities the instance entered, in the order it entered them. */
  static List<String> passed(HistoryService history, String processInstanceId) {
    return history
        .createHistoricActivityInstanceQuery()
        .processInstanceId(processInstanceId)
        .orderByHistoricActivityInstanceStartTime()
        .asc()
        .list()
        .stream()
        .map(HistoricActivityInstance::getActivityId)
        .toList();
  }
}
