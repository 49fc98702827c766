package io.atumdesk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** ATUM DESK: IT service management where every ticket is a Flowable process. */
@SpringBootApplication
public class AtumDeskApplication {

  public static void main(String[] args) {
    SpringApplication.run(AtumDeskApplication.class, args);
  }
}
