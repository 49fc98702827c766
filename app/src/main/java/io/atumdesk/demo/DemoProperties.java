package io.atumdesk.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled seeds the demo tenants; unset means on with the embedded H2 database only
 */
@ConfigurationProperties(prefix = "atum.demo")
record DemoProperties(Boolean enabled) {}
