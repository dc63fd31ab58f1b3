package org.areso.examples.spring;

/**
 * The API's scenarios on the service as it starts by default: an in-memory H2 database migrated
 * by Spring Boot's Flyway.
 */
class H2ServiceTest extends ServiceScenarios {
}
