package org.areso.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The example service: Spring Boot with the programme catalogue, {@code areso-json} and
 * {@code areso-jdbc}'s event store as beans, and the REST API of {@link ScreeningController} and
 * {@link EngagementController}. Without other settings it runs on an in-memory H2 database that
 * Flyway migrates with Areso's own migrations at start.
 */
@SpringBootApplication
public class AresoService {

  /** Created by Spring. */
  AresoService() { }

  /**
   * Starts the service (port 8080 unless {@code --server.port} says otherwise).
   *
   * @param args Spring Boot's arguments, such as {@code --spring.datasource.url=...}
   */
  public static void main(String[] args) {
    SpringApplication.run(AresoService.class, args);
  }
}
