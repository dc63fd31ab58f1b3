/**
 * An example service on Spring Boot 4, never deployed: Areso as a Spring host uses it.
 *
 * <p>The programme catalogue, {@code areso-json}'s JSON form (and its Jackson 3 module, which Boot
 * adds to the mapper of the API's bodies) and {@code areso-jdbc}'s event store over Boot's
 * {@code DataSource} are beans ({@link org.areso.examples.spring.AresoConfiguration}); Spring
 * Boot's Flyway migrates the database with Areso's own migrations
 * ({@code spring.flyway.locations=classpath:db/areso/{vendor}}, which Boot resolves to
 * {@code h2} or {@code postgresql}). The service runs on the class path, as Spring Boot
 * applications do: this module has no {@code module-info}.
 *
 * <p>The API:
 * <ul>
 *   <li>{@code POST /screenings}: a structure's cells, a programme and a day; {@code 200} with the
 *       explained decision, or {@code 400} listing every reason a cell is refused;</li>
 *   <li>{@code POST /engagements}: a programme and a {@code RequestEngagement} command;
 *       {@code 201} with the engagement's {@code Location};</li>
 *   <li>{@code POST /engagements/{id}/commands}: a command and the {@code expectedVersion} it was
 *       decided on; {@code 200} with the new version, {@code 409} when the engagement has moved
 *       on, {@code 422} for a command refused;</li>
 *   <li>{@code GET /engagements/{id}}: the engagement's stage, version and missing consents;</li>
 *   <li>{@code GET /engagements/{id}/obligations?on=YYYY-MM-DD}: what is due or overdue.</li>
 * </ul>
 * Commands are written in {@code areso-json}'s form ({@code docs/} and the JSON Schemas in
 * {@code areso-json}'s jar). Every refusal is an RFC 9457 problem detail
 * ({@code application/problem+json}) in the language of {@code Accept-Language} (French by
 * default, English, German, Italian): see {@link org.areso.examples.spring.Problems}. The
 * module's {@code README.md} has {@code curl} examples.
 */
package org.areso.examples.spring;
