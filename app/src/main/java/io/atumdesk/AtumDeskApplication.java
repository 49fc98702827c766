package io.atumdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** ATUM DESK: IT service management where every ticket is a Flowable process. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AtumDeskApplication {

  public static void main(String[] args) {
    SpringApplication.run(AtumDeskApplication.class, args);
  }
}
