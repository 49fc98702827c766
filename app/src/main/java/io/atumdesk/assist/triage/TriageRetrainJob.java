package io.atumdesk.assist.triage;

import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Relearns the triage models every {@code atum.assist.triage.retrain-every}. */
@DisallowConcurrentExecution
public class TriageRetrainJob implements Job {

  private final TriageModels models;

  public TriageRetrainJob(TriageModels models) {
    this.models = models;
  }

  @Override
  public void execute(JobExecutionContext context) {
    models.retrainAll();
  }
}
