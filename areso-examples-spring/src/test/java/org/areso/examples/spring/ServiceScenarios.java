package org.areso.examples.spring;

import static org.areso.core.engagement.Commands.adoptActionPlan;
import static org.areso.core.engagement.Commands.assignFacilitators;
import static org.areso.core.engagement.Commands.close;
import static org.areso.core.engagement.Commands.confirmFraming;
import static org.areso.core.engagement.Commands.endIntervention;
import static org.areso.core.engagement.Commands.giveConsent;
import static org.areso.core.engagement.Commands.proposeFraming;
import static org.areso.core.engagement.Commands.qualify;
import static org.areso.core.engagement.Commands.recordFollowUpReview;
import static org.areso.core.engagement.Commands.recordPreDiagnosis;
import static org.areso.core.engagement.Commands.recordSession;
import static org.areso.core.engagement.Commands.request;
import static org.areso.core.engagement.Commands.startIntervention;
import static org.areso.core.kernel.FacilitatorKind.ANACT_ARACT_PROJECT_OFFICER;
import static org.areso.core.kernel.FacilitatorKind.INDEPENDENT_CONSULTANT;
import static org.areso.core.kernel.InterventionContext.PREVENTIVE;
import static org.areso.core.kernel.PartyRole.MANAGEMENT;
import static org.areso.core.kernel.PartyRole.STAFF_REPRESENTATIVES;
import static org.areso.core.kernel.Qualification.SOCIAL_RELATIONS_TRAINING;
import static org.areso.core.planning.SessionLength.WHOLE_DAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import org.areso.core.eligibility.Decision;
import org.areso.core.eligibility.Verdict;
import org.areso.core.engagement.EngagementCommand;
import org.areso.core.kernel.Actor;
import org.areso.core.kernel.Facilitator;
import org.areso.core.kernel.Structure;
import org.areso.core.programme.Programme;
import org.areso.json.AresoJson;
import org.areso.rules.programme.Programmes;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's scenarios, over real HTTP requests to the service started on a random local port:
 * each subclass runs them on its database. A client writes its commands with {@code areso-json},
 * as a host's front end would, and reads the answers as JSON.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.main.banner-mode=off")
abstract class ServiceScenarios {

  /** The client's JSON form: it sends what its users typed, sensitive values included. */
  static final AresoJson CLIENT = AresoJson.builder().revealingSensitive(true).build();
  static final JsonMapper MAPPER = JsonMapper.builder().build();
  static final String PROBLEM = "application/problem+json";

  static final Programme PROGRAMME = Programmes.aresoSocial2023();
  static final LocalDateTime T = LocalDateTime.of(2023, 9, 4, 9, 0);
  static final Map<String, String> CHRS = Map.of("name", "CHRS Les Tilleuls", "casf_item", "8",
      "funding", "P177");
  static final Structure STRUCTURE = Structure.builder().name("CHRS Les Tilleuls")
      .casfItems("8").fundingSources("P177").build().get();
  static final Actor DIRECTOR = Actor.party(MANAGEMENT, "director");
  static final Actor CSE = Actor.party(STAFF_REPRESENTATIVES, "cse");
  static final Actor ARACT = Actor.operator("aract-grand-est");
  static final Facilitator CLAIRE = Facilitator.of("claire", ANACT_ARACT_PROJECT_OFFICER,
      SOCIAL_RELATIONS_TRAINING);
  static final Facilitator KARIM = Facilitator.of("karim", INDEPENDENT_CONSULTANT,
      SOCIAL_RELATIONS_TRAINING);

  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(10)).build();

  @LocalServerPort
  int port;

  /** An answer of the service: its status, media type, headers and JSON body. */
  record Answer(int status, String contentType, Optional<String> location, JsonNode body) {

    /** The texts of a field of each element of an array. */
    Seq<String> each(String array, String field) {
      return List.ofAll(body.get(array)).map(node -> node.get(field).asString());
    }
  }

  // --- Screening --------------------------------------------------------------------------

  @Test
  void anEligibleStructureIsScreenedAsTheProgrammeDecides() throws Exception {
    // given a structure's cells, as a person typed them
    String body = MAPPER.writeValueAsString(Map.of("programme", "areso-social-2023",
        "date", "2023-09-04", "cells", CHRS));

    // when it is screened
    Answer answer = post("/screenings", body, "fr");

    // then the answer is the explained decision, the one the programme gives
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.contentType()).startsWith("application/json");
    assertThat(answer.body().get("type").asString()).isEqualTo("Decision");
    assertThat(answer.body().get("verdict").asString()).isEqualTo("ELIGIBLE");
    Decision read = CLIENT.readDecision(answer.body().toString()).get();
    assertThat(read).isEqualTo(PROGRAMME.decide(STRUCTURE, T.toLocalDate()));
  }

  @Test
  void aStructureTheProgrammeRefusesIsScreenedWithItsReasons() throws Exception {
    // given a structure no State budget programme funds
    String body = MAPPER.writeValueAsString(Map.of("programme", "areso-social-2023",
        "date", "2023-09-04", "cells", Map.of("name", "Foyer", "casf_item", "8",
            "funding", "none")));

    // when it is screened
    Answer answer = post("/screenings", body, "en");

    // then it is not eligible, with the reasons of its decision
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().get("verdict").asString()).isEqualTo(Verdict.NOT_ELIGIBLE.name());
    assertThat(answer.each("reasons", "code")).contains("CONDITION_NOT_MET");
  }

  @Test
  void badCellsAreOneProblemListingEveryReason() throws Exception {
    // given cells of which three are refused, an unknown programme and no language asked
    String body = MAPPER.writeValueAsString(Map.of("programme", "nope", "cells",
        Map.of("name", "Foyer", "siret", "123", "headcount", "many", "colour", "red")));

    // when it is screened
    Answer answer = post("/screenings", body, null);

    // then one 400 problem in French lists them all
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith(PROBLEM);
    assertThat(answer.body().get("type").asString())
        .isEqualTo("tag:areso.org,2026:problem:INVALID_INPUT");
    assertThat(answer.body().get("title").asString()).isEqualTo("Requête invalide");
    assertThat(answer.body().get("status").asInt()).isEqualTo(400);
    assertThat(answer.body().get("code").asString()).isEqualTo("INVALID_INPUT");
    assertThat(answer.each("reasons", "field"))
        .containsExactlyInAnyOrder("programme", "cells", "siret", "headcount");
    assertThat(answer.body().get("detail").asString()).contains("« programme »", "« siret »");
  }

  @Test
  void aBodyThatIsNotJsonIsAProblemToo() throws Exception {
    // when the body is cut short
    Answer answer = post("/screenings", "{\"programme\": ", "en");

    // then it is the same 400 problem, in English
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith(PROBLEM);
    assertThat(answer.each("reasons", "code")).containsExactly("JSON_MALFORMED");
    assertThat(answer.body().get("title").asString()).isEqualTo("Invalid request");
  }

  // --- Engagements ------------------------------------------------------------------------

  @Test
  void anEngagementIsDrivenToClosedThroughItsCommands() throws Exception {
    // given an engagement started under the programme
    Answer started = start("SPRING-CLOSED");
    assertThat(started.status()).isEqualTo(201);
    assertThat(started.location()).hasValueSatisfying(
        location -> assertThat(location).endsWith("/engagements/SPRING-CLOSED"));
    assertThat(started.body().at("/engagement/stage").asString()).isEqualTo("REQUESTED");
    assertThat(started.each("events", "type")).containsExactly("EngagementRequested");

    // when the quick start's commands are sent one by one, each on the version it follows
    Decision decision = PROGRAMME.decide(STRUCTURE, T.toLocalDate());
    var both = PROGRAMME.consentingParties();
    Seq<EngagementCommand> commands = List.of(
        recordPreDiagnosis(CLAIRE.at(T), MANAGEMENT, PREVENTIVE, "seminar"),
        qualify(ARACT.at(T), decision, T.toLocalDate()),
        assignFacilitators(ARACT.at(T), CLAIRE, KARIM),
        proposeFraming(CLAIRE.at(T), "trust", "workshops", "rules", "6 months", both),
        giveConsent(DIRECTOR.at(T)), giveConsent(CSE.at(T)), confirmFraming(CLAIRE.at(T)),
        startIntervention(CLAIRE.at(T), T.toLocalDate().plusMonths(6)),
        recordSession(CLAIRE.at(T), T.toLocalDate(), WHOLE_DAY, both),
        adoptActionPlan(DIRECTOR.at(T), both, "A-1"), endIntervention(CLAIRE.at(T)),
        recordFollowUpReview(CLAIRE.at(T.plusMonths(6)), "dialogue lasting"),
        close(CLAIRE.at(T.plusMonths(6)), "dialogue restored"));
    long version = 1;
    for (EngagementCommand command : commands) {
      Answer handled = send("SPRING-CLOSED", version, command, "fr");
      assertThat(handled.status()).as(AresoJson.typeOf(command)).isEqualTo(200);
      assertThat(handled.body().at("/engagement/version").asLong()).isGreaterThan(version);
      version = handled.body().at("/engagement/version").asLong();
    }

    // then the stored engagement is closed, at the version of its last event
    Answer read = get("/engagements/SPRING-CLOSED", "fr");
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.body().get("stage").asString()).isEqualTo("CLOSED");
    assertThat(read.body().get("terminal").asBoolean()).isTrue();
    assertThat(read.body().get("version").asLong()).isEqualTo(version);
    assertThat(read.body().get("programme").asString()).isEqualTo("areso-social-2023");
  }

  @Test
  void aRejectionIsAProblemInTheRequestsLanguage() throws Exception {
    // given a requested engagement
    start("SPRING-REJECTED");

    // when it is asked to close, in English then in French
    EngagementCommand closing = close(CLAIRE.at(T), "too early");
    Answer english = send("SPRING-REJECTED", 1, closing, "en");
    Answer french = send("SPRING-REJECTED", 1, closing, "fr-CH");

    // then each is a 422 problem naming the stage and what it accepts, in its language
    assertThat(english.status()).isEqualTo(422);
    assertThat(english.contentType()).startsWith(PROBLEM);
    assertThat(english.body().get("type").asString())
        .isEqualTo("tag:areso.org,2026:problem:NOT_APPLICABLE_IN_STAGE");
    assertThat(english.body().get("code").asString()).isEqualTo("NOT_APPLICABLE_IN_STAGE");
    assertThat(english.body().get("title").asString())
        .isEqualTo("Command not applicable in this stage");
    assertThat(english.body().get("detail").asString())
        .startsWith("Command 'close with the assessment' is not applicable in stage 'requested'");
    assertThat(List.ofAll(english.body().get("accepted")).map(JsonNode::asString))
        .contains("RecordPreDiagnosis");
    assertThat(english.body().at("/rejection/type").asString()).isEqualTo("Rejection");
    assertThat(english.body().at("/rejection/language").asString()).isEqualTo("EN");
    assertThat(english.body().get("instance").asString())
        .isEqualTo("/engagements/SPRING-REJECTED/commands");
    assertThat(french.status()).isEqualTo(422);
    assertThat(french.body().get("type")).isEqualTo(english.body().get("type"));
    assertThat(french.body().get("title").asString())
        .isEqualTo("Commande impossible à cette étape");
    assertThat(french.body().get("detail").asString())
        .startsWith("La commande « clôturer avec le bilan » n'est pas possible à l'étape"
            + " « demande reçue »");
    // and nothing was stored
    assertThat(get("/engagements/SPRING-REJECTED", "en").body().get("version").asLong())
        .isEqualTo(1);
  }

  @Test
  void unmetPreconditionsListTheirReasonsInGerman() throws Exception {
    // given a qualified engagement
    start("SPRING-UNMET");
    send("SPRING-UNMET", 1, recordPreDiagnosis(CLAIRE.at(T), MANAGEMENT, PREVENTIVE,
        "seminar"), "de");
    send("SPRING-UNMET", 2, qualify(ARACT.at(T), PROGRAMME.decide(STRUCTURE, T.toLocalDate()),
        T.toLocalDate()), "de");

    // when facilitators without the programme's training are assigned, in German
    Answer answer = send("SPRING-UNMET", 3, assignFacilitators(ARACT.at(T),
        Facilitator.of("anna", ANACT_ARACT_PROJECT_OFFICER),
        Facilitator.of("ben", INDEPENDENT_CONSULTANT)), "de");

    // then the problem lists every unmet precondition, each in German
    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.body().get("code").asString()).isEqualTo("PRECONDITIONS_UNMET");
    assertThat(answer.body().get("title").asString()).isEqualTo("Voraussetzungen nicht erfüllt");
    assertThat(answer.each("reasons", "code")).containsOnly("QUALIFICATION_MISSING").hasSize(2);
    assertThat(answer.each("reasons", "message")).allSatisfy(
        message -> assertThat(message).startsWith("Das Programm areso-social-2023"));
    assertThat(answer.body().at("/rejection/language").asString()).isEqualTo("DE");
    assertThat(answer.body().at("/rejection/message").asString()).startsWith("Der Befehl");
  }

  @Test
  void aCommandOnAStaleVersionIsAConflict() throws Exception {
    // given an engagement a first client moved to version 2
    start("SPRING-CONFLICT");
    Answer first = send("SPRING-CONFLICT", 1, recordPreDiagnosis(CLAIRE.at(T), MANAGEMENT,
        PREVENTIVE, "seminar"), "en");
    assertThat(first.status()).isEqualTo(200);

    // when a second client sends a command decided on version 1
    Answer second = send("SPRING-CONFLICT", 1, qualify(ARACT.at(T),
        PROGRAMME.decide(STRUCTURE, T.toLocalDate()), T.toLocalDate()), "en");

    // then it is a 409 problem, and nothing was stored
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.contentType()).startsWith(PROBLEM);
    assertThat(second.body().get("type").asString())
        .isEqualTo("tag:areso.org,2026:problem:VERSION_CONFLICT");
    assertThat(second.body().get("title").asString()).isEqualTo("Version conflict");
    assertThat(second.body().at("/rejection/data/current").asLong()).isEqualTo(2);
    assertThat(get("/engagements/SPRING-CONFLICT", "en").body().get("version").asLong())
        .isEqualTo(2);
  }

  @Test
  void anEngagementStartedTwiceIsAConflict() throws Exception {
    // given a started engagement
    assertThat(start("SPRING-TWICE").status()).isEqualTo(201);

    // when it is started again
    Answer again = start("SPRING-TWICE");

    // then the store's version conflict is a 409 problem that says it exists, not to retry
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.body().get("code").asString()).isEqualTo("VERSION_CONFLICT");
    assertThat(again.body().get("currentVersion").asLong()).isEqualTo(1);
    assertThat(again.body().get("detail").asString()).contains("SPRING-TWICE", "already exists")
        .doesNotContain("reload", "recharg", "neu laden", "ricaric");
  }

  @Test
  void anIdentifierItsAddressCouldNotCarryIsRefusedBeforeAnythingIsStored() throws Exception {
    // when an engagement is started with a slash in its identifier
    Answer answer = start("ZH-9/y z");

    // then it is a 400 problem naming the field, and the engagement is not stored
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith(PROBLEM);
    assertThat(answer.body().at("/reasons/0/code").asString()).isEqualTo("FIELD_MALFORMED");
    assertThat(answer.body().at("/reasons/0/field").asString())
        .isEqualTo("command.engagement");
    assertThat(answer.body().at("/reasons/0/message").asString()).contains("'/'");
    assertThat(start("ZH-9 y z").status()).isEqualTo(201);
  }

  @Test
  void anUnknownEngagementIsNotFound() throws Exception {
    // when an engagement never started is read
    Answer answer = get("/engagements/SPRING-NONE", "it");

    // then it is a 404 problem
    assertThat(answer.status()).isEqualTo(404);
    assertThat(answer.contentType()).startsWith(PROBLEM);
    assertThat(answer.body().get("code").asString()).isEqualTo("ENGAGEMENT_NOT_FOUND");
    assertThat(answer.body().get("title").asString()).isEqualTo("Accompagnamento non trovato");
    // and Swiss German, as a browser sends it, is answered in German
    assertThat(get("/engagements/SPRING-NONE", "gsw").body().get("title").asString())
        .isEqualTo("Begleitung nicht gefunden");
    assertThat(get("/engagements/SPRING-NONE", "gsw-CH,en;q=0.5").body().get("title")
        .asString()).isEqualTo("Begleitung nicht gefunden");
  }

  @Test
  void theObligationsOfAnEngagementAreListed() throws Exception {
    // given an engagement whose framing only the management consented to
    start("SPRING-DUE");
    var both = PROGRAMME.consentingParties();
    List.of(recordPreDiagnosis(CLAIRE.at(T), MANAGEMENT, PREVENTIVE, "seminar"),
            qualify(ARACT.at(T), PROGRAMME.decide(STRUCTURE, T.toLocalDate()), T.toLocalDate()),
            assignFacilitators(ARACT.at(T), CLAIRE, KARIM),
            proposeFraming(CLAIRE.at(T), "trust", "workshops", "rules", "6 months", both),
            giveConsent(DIRECTOR.at(T)))
        .zipWithIndex()
        .forEach(step -> assertThat(send("SPRING-DUE", step._2 + 1, step._1, "en").status())
            .isEqualTo(200));

    // when its obligations are read past the programme's consent delay
    LocalDate on = T.toLocalDate().plus(PROGRAMME.consentDelay()).plusDays(1);
    Answer answer = get("/engagements/SPRING-DUE/obligations?on=" + on, "en");

    // then the staff representatives' consent is overdue
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body().get("on").asString()).isEqualTo(on.toString());
    JsonNode consent = List.ofAll(answer.body().get("obligations"))
        .find(o -> o.get("kind").asString().equals("CONSENT")).get();
    assertThat(consent.get("party").asString()).isEqualTo("STAFF_REPRESENTATIVES");
    assertThat(consent.get("label").asString()).isEqualTo("consent pending");
    assertThat(consent.get("due").asString())
        .isEqualTo(T.toLocalDate().plus(PROGRAMME.consentDelay()).toString());
    assertThat(consent.get("overdue").asBoolean()).isTrue();
    JsonNode inGerman = List.ofAll(get("/engagements/SPRING-DUE/obligations?on=" + on, "de-CH")
        .body().get("obligations")).find(o -> o.get("kind").asString().equals("CONSENT")).get();
    assertThat(inGerman.get("label").asString()).isEqualTo("Zustimmung ausstehend");
  }

  // --- The client -------------------------------------------------------------------------

  /** Starts an engagement of {@link #STRUCTURE} under {@link #PROGRAMME}. */
  Answer start(String id) throws Exception {
    String body = "{\"programme\": \"areso-social-2023\", \"command\": "
        + CLIENT.write(request(id, DIRECTOR.at(T), STRUCTURE)) + "}";
    return post("/engagements", body, "en");
  }

  /** Sends a command decided on a version. */
  Answer send(String id, long expectedVersion, EngagementCommand command, String language) {
    String body = "{\"expectedVersion\": " + expectedVersion + ", \"command\": "
        + CLIENT.write(command) + "}";
    try {
      return post("/engagements/" + id + "/commands", body, language);
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  Answer post(String path, String json, String language)
      throws IOException, InterruptedException {
    return exchange(http(path, language).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  Answer get(String path, String language) throws IOException, InterruptedException {
    return exchange(http(path, language).GET().build());
  }

  private HttpRequest.Builder http(String path, String language) {
    HttpRequest.Builder request = HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30));
    return language == null ? request : request.header("Accept-Language", language);
  }

  private static Answer exchange(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.headers().firstValue("Location"), MAPPER.readTree(response.body()));
  }
}
