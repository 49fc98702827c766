package io.atumdesk.cmdb;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the CMDB.
 *
 * @param impactDepth how many relations impact analysis follows from an item at most
 * @param importMaxSize the largest import request (both CSV files together)
 * @param importMaxRows the most data rows one CSV file of an import may have
 */
@ConfigurationProperties(prefix = "atum.cmdb")
public record CmdbProperties(
    @DefaultValue("25") int impactDepth,
    @DefaultValue("5MB") DataSize importMaxSize,
    @DefaultValue("10000") int importMaxRows) {

  public CmdbProperties {
    if (impactDepth < 1) {
      throw new IllegalArgumentException("atum.cmdb.impact-depth must be at least 1");
    }
  }
}
