package io.atumdesk.sla;

import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the checkpoint job with Quartz, repeating every {@code atum.sla.check-interval}. */
@Configuration
class SlaConfiguration {

  static final String JOB = "sla-checkpoints";

  @Bean
  JobDetail slaCheckpointJob() {
    return JobBuilder.newJob(SlaCheckpointJob.class).withIdentity(JOB).storeDurably().build();
  }

  @Bean
  Trigger slaCheckpointTrigger(JobDetail slaCheckpointJob, SlaProperties properties) {
    return TriggerBuilder.newTrigger()
        .forJob(slaCheckpointJob)
        .withIdentity(JOB)
        .withSchedule(
            SimpleScheduleBuilder.simpleSchedule()
                .withIntervalInMilliseconds(properties.checkInterval().toMillis())
                .repeatForever()
                .withMisfireHandlingInstructionNextWithRemainingCount())
        .build();
  }
}
