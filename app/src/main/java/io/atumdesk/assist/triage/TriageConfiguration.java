package io.atumdesk.assist.triage;

import java.util.Date;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the retraining job with Quartz, first run one interval after start. */
@Configuration
class TriageConfiguration {

  static final String JOB = "triage-retrain";

  @Bean
  JobDetail triageRetrainJob() {
    return JobBuilder.newJob(TriageRetrainJob.class).withIdentity(JOB).storeDurably().build();
  }

  @Bean
  Trigger triageRetrainTrigger(JobDetail triageRetrainJob, TriageProperties properties) {
    long every = properties.retrainEvery().toMillis();
    return TriggerBuilder.newTrigger()
        .forJob(triageRetrainJob)
        .withIdentity(JOB)
        .startAt(new Date(System.currentTimeMillis() + every))
        .withSchedule(
            SimpleScheduleBuilder.simpleSchedule()
                .withIntervalInMilliseconds(every)
                .repeatForever()
                .withMisfireHandlingInstructionNextWithRemainingCount())
        .build();
  }
}
