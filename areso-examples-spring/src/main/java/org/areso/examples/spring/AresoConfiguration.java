package org.areso.examples.spring;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import jakarta.servlet.http.HttpServletRequest;
import javax.sql.DataSource;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.kernel.Reason;
import org.areso.core.programme.ProgrammeCatalogue;
import org.areso.jdbc.JdbcEventStore;
import org.areso.json.AresoJson;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import tools.jackson.databind.JacksonModule;

/**
 * Areso as beans: the programme catalogue found on the class path, the JSON form, its Jackson 3
 * module (which Spring Boot adds to the {@code JsonMapper} that writes the API's bodies), the event
 * store over Boot's {@link DataSource}, the clock that gives today, and the languages of the
 * answers. The database is migrated by Spring Boot's Flyway, pointed at Areso's migrations in
 * {@code application.properties}.
 */
@Configuration(proxyBeanMethods = false)
class AresoConfiguration {

  /** The languages the API answers in, the first the default: Areso's four. */
  static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH, Locale.GERMAN,
      Locale.ITALIAN);

  /** Swiss German's range, read as German's too ({@link #localeResolver()}). */
  private static final java.util.Map<String, List<String>> SWISS_GERMAN =
      java.util.Map.of("gsw", List.of("gsw", "de"));

  /**
   * The programmes of the providers on the class path ({@code areso-rules}' five).
   *
   * @return the catalogue
   * @throws IllegalStateException if two providers give one identifier: the service does not start
   */
  @Bean
  ProgrammeCatalogue catalogue() {
    Validation<Seq<Reason>, ProgrammeCatalogue> catalogue = ProgrammeCatalogue.discover();
    if (catalogue.isInvalid()) {
      throw new IllegalStateException("the programme catalogue is refused: "
          + catalogue.getError().map(Reason::code).mkString(", "));
    }
    return catalogue.get();
  }

  /**
   * The JSON form of commands, decisions, rejections and events; sensitive values are redacted
   * in what the API writes.
   *
   * @return the JSON form
   */
  @Bean
  AresoJson aresoJson() {
    return AresoJson.create();
  }

  /**
   * The JSON form as a Jackson 3 module: Spring Boot registers every {@link JacksonModule} bean
   * with its {@code JsonMapper}, so a controller returns a {@code Decision} or events as they are.
   *
   * @param json the JSON form
   * @return the module
   */
  @Bean
  JacksonModule aresoJacksonModule(AresoJson json) {
    return json.module();
  }

  /**
   * The event store over the data source Spring Boot configured (HikariCP), migrated by Boot's
   * Flyway before the first request.
   *
   * @param dataSource Boot's data source
   * @return the store
   */
  @Bean
  JdbcEventStore<EngagementEvent> eventStore(DataSource dataSource) {
    return JdbcEventStore.of(dataSource);
  }

  /**
   * Today, for the obligations and the summaries: Areso's model reads no clock itself.
   *
   * @return the system clock in the default time zone
   */
  @Bean
  Clock clock() {
    return Clock.systemDefaultZone();
  }

  /**
   * The request's language from its {@code Accept-Language}: French, English, German or Italian,
   * French when the header is missing or names none of them. Swiss German ({@code gsw}, as a
   * browser set to "Schweizerdeutsch" sends it) is answered in German, by its weight among the
   * others.
   *
   * @return the resolver, named as Spring MVC looks it up
   */
  @Bean
  LocaleResolver localeResolver() {
    AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver() {
      @Override
      public Locale resolveLocale(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header != null && header.toLowerCase(Locale.ROOT).contains("gsw")) {
          try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header, SWISS_GERMAN),
                LANGUAGES);
            if (best != null) {
              return best;
            }
          } catch (IllegalArgumentException malformed) {
            // a header Java cannot parse: Spring's own reading decides
          }
        }
        return super.resolveLocale(request);
      }
    };
    resolver.setSupportedLocales(LANGUAGES);
    resolver.setDefaultLocale(LANGUAGES.get(0));
    return resolver;
  }
}
