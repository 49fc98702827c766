package io.atumdesk.sla;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * The clustered Quartz job that fires due SLA checkpoints. Quartz runs it on one node at a time;
 * the deadlines themselves live in {@code sla_clock}, so nothing is lost when every node stops.
 */
@DisallowConcurrentExecution
public class SlaCheckpointJob implements Job {

  private final SlaCheckpoints checkpoints;

  public SlaCheckpointJob(SlaCheckpoints checkpoints) {
    this.checkpoints = checkpoints;
  }

  @Override
  public void execute(JobExecutionContext context) {
    checkpoints.fireDue();
  }
}
