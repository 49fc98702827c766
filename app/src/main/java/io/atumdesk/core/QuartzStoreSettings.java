package io.atumdesk.core;

import javax.sql.DataSource;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Picks Quartz's JDBC delegate for the database in use: its tables come from our Flyway migration
 * (BYTEA columns), which PostgreSQL reads through its own delegate and H2 through the standard one.
 */
@Component
class QuartzStoreSettings implements SchedulerFactoryBeanCustomizer {

  private final DataSource dataSource;

  QuartzStoreSettings(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void customize(org.springframework.scheduling.quartz.SchedulerFactoryBean scheduler) {
    var properties = new java.util.Properties();
    properties.setProperty(
        "org.quartz.jobStore.driverDelegateClass",
        isPostgres()
            ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate"
            : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
    scheduler.setQuartzProperties(properties);
  }

  private boolean isPostgres() {
    try {
      String product =
          JdbcUtils.extractDatabaseMetaData(
              dataSource, metaData -> metaData.getDatabaseProductName());
      return product.toLowerCase(java.util.Locale.ROOT).contains("postgres");
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("Cannot tell which database Quartz runs on", e);
    }
  }
}
