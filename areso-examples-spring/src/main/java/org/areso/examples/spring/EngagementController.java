package org.areso.examples.spring;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Locale;
import org.areso.core.engagement.Engagement;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.engagement.EngagementCommand.RequestEngagement;
import org.areso.core.engagement.EngagementEvent;
import org.areso.core.engagement.Obligation;
import org.areso.core.kernel.EngagementId;
import org.areso.core.kernel.FieldReason;
import org.areso.core.kernel.Reason;
import org.areso.core.lifecycle.Accepted;
import org.areso.core.programme.Programme;
import org.areso.core.programme.ProgrammeCatalogue;
import org.areso.jdbc.EngagementSummary;
import org.areso.jdbc.JdbcEventStore;
import org.areso.jdbc.StoreError;
import org.areso.json.AresoJson;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Engagements, stored as their events by {@code areso-jdbc}'s {@link JdbcEventStore}: start one,
 * send it commands in {@code areso-json}'s form, read its state and its obligations. Each request
 * loads the engagement (its events replayed under its programme, found by the summary's
 * identifier in the catalogue), handles the command, and appends the new events expecting the
 * version it loaded, with the engagement's summary as of today.
 */
@RestController
@RequestMapping("/engagements")
class EngagementController {

  private final ProgrammeCatalogue catalogue;
  private final JdbcEventStore<EngagementEvent> store;
  private final AresoJson json;
  private final JsonMapper mapper;
  private final Problems problems;
  private final Inputs inputs;

  EngagementController(ProgrammeCatalogue catalogue, JdbcEventStore<EngagementEvent> store,
      AresoJson json, JsonMapper mapper, Problems problems, Inputs inputs) {
    this.catalogue = requireNonNull(catalogue, "catalogue");
    this.store = requireNonNull(store, "store");
    this.json = requireNonNull(json, "json");
    this.mapper = requireNonNull(mapper, "mapper");
    this.problems = requireNonNull(problems, "problems");
    this.inputs = requireNonNull(inputs, "inputs");
  }

  /**
   * The body of {@code POST /engagements}.
   *
   * @param programme the programme's identifier, such as {@code areso-social-2023}
   * @param command a {@code RequestEngagement} command in {@code areso-json}'s form
   */
  record Start(String programme, JsonNode command) { }

  /**
   * The body of {@code POST /engagements/{id}/commands}.
   *
   * @param expectedVersion the version the command was decided on, as the client last read it
   * @param command the command in {@code areso-json}'s form
   */
  record Send(Long expectedVersion, JsonNode command) { }

  /**
   * An engagement as the API shows it.
   *
   * @param id its identifier
   * @param programme its programme's identifier
   * @param structure the structure's name, or null when unknown
   * @param stage its stage
   * @param version its version: the number of its events, to send back as {@code expectedVersion}
   * @param terminal whether it is closed, declined or withdrawn
   * @param missingConsents the parties whose consent is still awaited
   */
  record View(String id, String programme, String structure, String stage, long version,
      boolean terminal, java.util.List<String> missingConsents) {

    static View of(Engagement engagement) {
      return new View(engagement.id().toString(), engagement.programme().id(),
          engagement.structure().name().getOrNull(), engagement.stage().name(),
          engagement.version(), engagement.isTerminal(),
          engagement.missingConsents().toList().map(Enum::name).sorted().toJavaList());
    }
  }

  /**
   * What a command did: the engagement after it and the events it appended, each written by
   * {@code areso-json}'s Jackson module.
   *
   * @param engagement the engagement after the command
   * @param events the events appended
   */
  record Handled(View engagement, java.util.List<EngagementEvent> events) { }

  /**
   * An obligation as the API shows it.
   *
   * @param kind what is due
   * @param label what is due, in the request's language (French, English, German or Italian)
   * @param party the party that must act, or null when the facilitators or the operator must
   * @param due the day it is due
   * @param overdue whether that day has passed
   */
  record Due(String kind, String label, String party, String due, boolean overdue) { }

  /**
   * An engagement's obligations on a day.
   *
   * @param engagement the engagement's identifier
   * @param on the day
   * @param obligations what is due or overdue on that day
   */
  record Obligations(String engagement, String on, java.util.List<Due> obligations) { }

  /**
   * Starts an engagement: {@code 201} with its {@code Location}, the engagement and its first
   * event; {@code 400} for a body refused (an identifier with a slash, a backslash, {@code ;} or
   * {@code %}, which its URL could not carry, too), {@code 422} for a request the programme
   * refuses, {@code 409} for an engagement that exists already.
   *
   * @param body the programme and the request, not null
   * @param locale the request's language
   * @return the response
   */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> start(@RequestBody Start body, Locale locale) {
    Validation<Seq<Reason>, Programme> programme = inputs.programme(body.programme());
    Validation<Seq<Reason>, RequestEngagement> request = command(body.command())
        .flatMap(command -> command instanceof RequestEngagement requested
            ? Validation.valid(requested)
            : Validation.invalid(List.of(new FieldReason.UnknownValue("command.type",
                AresoJson.typeOf(command), List.of("RequestEngagement")))))
        .flatMap(requested -> inputs.routable("command.engagement", requested.engagement())
            .map(id -> requested));
    if (programme.isInvalid() || request.isInvalid()) {
      return problems.invalid(errors(programme).appendAll(errors(request)), locale);
    }
    var started = Engagement.start(programme.get(), request.get());
    if (started.isLeft()) {
      return problems.rejected(started.getLeft(), locale);
    }
    Engagement engagement = started.get().state();
    return append(0, started.get(), locale).fold(refused -> refused,
        version -> ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri()
                .path("/{id}").encode().buildAndExpand(engagement.id().toString()).toUri())
            .body(handled(started.get())));
  }

  /**
   * Handles a command: {@code 200} with the engagement and the new events; {@code 400} for a body
   * refused, {@code 404} for an unknown engagement, {@code 409} when the engagement is no longer at
   * the expected version, {@code 422} for a command the engagement refuses.
   *
   * @param id the engagement's identifier
   * @param body the expected version and the command, not null
   * @param locale the request's language
   * @return the response
   */
  @PostMapping(path = "/{id}/commands", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<?> handle(@PathVariable("id") String id, @RequestBody Send body,
      Locale locale) {
    Validation<Seq<Reason>, EngagementId> engagementId = EngagementId.of(id);
    Validation<Seq<Reason>, Long> expected = body.expectedVersion() == null
        ? Validation.invalid(List.of(new FieldReason.Blank("expectedVersion")))
        : Validation.valid(body.expectedVersion());
    Validation<Seq<Reason>, EngagementCommand> command = command(body.command());
    if (engagementId.isInvalid() || expected.isInvalid() || command.isInvalid()) {
      return problems.invalid(errors(engagementId).appendAll(errors(expected))
          .appendAll(errors(command)), locale);
    }
    Either<StoreError, Engagement> loaded = load(engagementId.get());
    if (loaded.isLeft()) {
      return problems.notStored(loaded.getLeft(), locale);
    }
    Engagement engagement = loaded.get();
    var handled = engagement.handle(command.get(), expected.get());
    if (handled.isLeft()) {
      return problems.rejected(handled.getLeft(), locale);
    }
    return append(engagement.version(), handled.get(), locale).fold(refused -> refused,
        version -> ResponseEntity.ok(handled(handled.get())));
  }

  /**
   * An engagement's state: {@code 200}, or {@code 404} for an unknown engagement.
   *
   * @param id the engagement's identifier
   * @param locale the request's language
   * @return the response
   */
  @GetMapping("/{id}")
  ResponseEntity<?> get(@PathVariable("id") String id, Locale locale) {
    Validation<Seq<Reason>, EngagementId> engagementId = EngagementId.of(id);
    if (engagementId.isInvalid()) {
      return problems.invalid(engagementId.getError(), locale);
    }
    return load(engagementId.get()).fold(error -> problems.notStored(error, locale),
        engagement -> ResponseEntity.ok(View.of(engagement)));
  }

  /**
   * What is due or overdue in an engagement on a day, and for whom: {@code 200}, or {@code 404}
   * for an unknown engagement.
   *
   * @param id the engagement's identifier
   * @param on the day, {@code YYYY-MM-DD}; today when absent
   * @param locale the request's language
   * @return the response
   */
  @GetMapping("/{id}/obligations")
  ResponseEntity<?> obligations(@PathVariable("id") String id,
      @RequestParam(name = "on", required = false) String on, Locale locale) {
    Validation<Seq<Reason>, EngagementId> engagementId = EngagementId.of(id);
    Validation<Seq<Reason>, LocalDate> day = inputs.day("on", on);
    if (engagementId.isInvalid() || day.isInvalid()) {
      return problems.invalid(errors(engagementId).appendAll(errors(day)), locale);
    }
    return load(engagementId.get()).fold(error -> problems.notStored(error, locale),
        engagement -> ResponseEntity.ok(new Obligations(engagement.id().toString(),
            day.get().toString(), engagement.obligations(day.get())
                .map(o -> due(o, locale)).toJavaList())));
  }

  private static Due due(Obligation obligation, Locale locale) {
    return new Due(obligation.kind().name(), obligation.kind().label(locale),
        obligation.party().map(Enum::name).getOrNull(), obligation.due().toString(),
        obligation.overdue());
  }

  /** A command in areso-json's form. */
  private Validation<Seq<Reason>, EngagementCommand> command(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return Validation.invalid(List.of(new FieldReason.Blank("command")));
    }
    return json.readCommand(mapper.writeValueAsString(node))
        .<Seq<Reason>>mapLeft(List::<Reason>of).toValidation();
  }

  /** The engagement as of its last stored event, replayed under the programme its summary names. */
  private Either<StoreError, Engagement> load(EngagementId id) {
    return store.summary(id)
        .flatMap(summary -> summary.toEither(() -> (StoreError) new StoreError.NotFound(id)))
        .flatMap(summary -> {
          Option<Programme> programme = catalogue.programme(summary.programme());
          if (programme.isEmpty()) {
            // A programme the catalogue no longer has: the service was deployed without it.
            throw new IllegalStateException("engagement " + id + " runs under a programme"
                + " missing from the catalogue: " + summary.programme());
          }
          return store.replay(id, (events, version) ->
              Engagement.replay(programme.get(), events, version));
        });
  }

  /** Appends a command's events expecting a version, with the engagement's summary. */
  private Either<ResponseEntity<ProblemDetail>, Long> append(long expectedVersion,
      Accepted<Engagement, EngagementEvent> accepted, Locale locale) {
    Engagement after = accepted.state();
    return store.append(after.id(), expectedVersion, accepted.events(),
            EngagementSummary.of(after))
        .mapLeft(error -> problems.notStored(error, locale));
  }

  private static Handled handled(Accepted<Engagement, EngagementEvent> accepted) {
    return new Handled(View.of(accepted.state()), accepted.events().toJavaList());
  }

  private static Seq<Reason> errors(Validation<Seq<Reason>, ?> validation) {
    return validation.isInvalid() ? validation.getError() : List.empty();
  }
}
