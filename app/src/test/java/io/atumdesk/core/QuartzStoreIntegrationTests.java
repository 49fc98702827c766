package io.atumdesk.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.atumdesk.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.annotation.Autowired;

/** Quartz keeps its jobs in the database (our Flyway tables), clustered, on H2 and PostgreSQL. */
@IntegrationTest
class QuartzStoreIntegrationTests {

  @Autowired Scheduler scheduler;

  @Test
  void storesJobsInTheClusteredJdbcStore() throws SchedulerException {
    assertThat(scheduler.getMetaData().isJobStoreSupportsPersistence()).isTrue();
    assertThat(scheduler.getMetaData().isJobStoreClustered()).isTrue();

    JobKey key = JobKey.jobKey("store-check", "tests");
    scheduler.addJob(
        JobBuilder.newJob(NoOp.class)
            .withIdentity(key)
            .usingJobData("ticket", "INC-000001")
            .storeDurably()
            .build(),
        true);
    try {
      assertThat(scheduler.getJobDetail(key).getJobDataMap().getString("ticket"))
          .isEqualTo("INC-000001");
    } finally {
      scheduler.deleteJob(key);
    }
  }

  /** A job that does nothing: only its storage is under test. */
  public static class NoOp implements Job {
    @Override
    public void execute(JobExecutionContext context) {}
  }
}
