package io.atumdesk;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ActiveProfilesResolver;

/**
 * The one Spring test setup of the integration suite, so every class shares one cached context: the
 * whole application on a random port with the demo tenants, on H2, or on PostgreSQL when the build
 * passes {@code -Datum.test.db=postgres} (the {@code postgres} Maven profile does).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = IntegrationTest.Database.class)
public @interface IntegrationTest {

  /** Chooses the database profile from the {@code atum.test.db} system property. */
  class Database implements ActiveProfilesResolver {
    @Override
    public String[] resolve(Class<?> testClass) {
      return "postgres".equals(System.getProperty("atum.test.db"))
          ? new String[] {"test", "test-postgres"}
          : new String[] {"test"};
    }
  }
}
