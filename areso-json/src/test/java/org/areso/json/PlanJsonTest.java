package org.areso.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.areso.core.kernel.DateWindow;
import org.areso.core.planning.Plan;
import org.areso.core.planning.PlanRequest;
import org.areso.core.planning.Planner;
import org.areso.core.planning.WorkingCalendar;
import org.areso.rules.programme.Formats;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A stored plan keeps reading, keeps its shape, and a broken one gives a typed JsonError. */
class PlanJsonTest {

  private static final AresoJson JSON = AresoJson.create();

  /** The plan the golden files {@code golden/plan/Plan-v1.json} and {@code -v2} hold. */
  static Plan sample() {
    Plan plan = Planner.plan(PlanRequest.of(Formats.accompaniment(), WorkingCalendar.weekdays(),
        EventFixtures.DAY, DateWindow.of(EventFixtures.DAY, EventFixtures.DAY.plusYears(1)).get()))
        .get();
    return plan.hold(plan.sessions().head().date()).get()
        .postpone(plan.sessions().get(1).date()).get();
  }

  private static ObjectNode document() {
    return (ObjectNode) JsonMapper.shared().readTree(JSON.write(sample()));
  }

  @Test
  void theGoldenFilesOfEveryVersionReadAsTheSampleTheyWereWrittenFrom() {
    // when: version 1 had no translated text, and the sample has none
    var first = JSON.readPlan(GoldenFiles.text("plan/Plan-v1.json"));
    var second = JSON.readPlan(GoldenFiles.text("plan/Plan-v2.json"));

    // then
    assertThat(first.get()).isEqualTo(sample());
    assertThat(second.get()).isEqualTo(sample());
  }

  @Test
  void thePlanDidNotChangeItsShapeWithoutANewSchemaVersion() {
    // given
    JsonNode now = document();
    JsonNode stored = JsonMapper.shared().readTree(GoldenFiles.text("plan/Plan-v2.json"));

    // when
    var shape = GoldenFiles.shape(now);

    // then
    assertThat(shape).isEqualTo(GoldenFiles.shape(stored));
  }

  @Test
  void aPlanIsKnownInSchemaVersionTwo() {
    // when
    var version = JSON.currentSchemaVersion("Plan");

    // then
    assertThat(version.get()).isEqualTo(2);
  }

  @Test
  void aFormatTheBuilderRefusesIsInvalidWithTheModelsCodes() {
    // given
    ObjectNode document = document();
    ((ObjectNode) document.get("format")).put("minSpanDays", 0);

    // when
    var error = JSON.readPlan(document.toString()).getLeft();

    // then
    assertThat(error).isEqualTo(new JsonError.FieldInvalid("format", List.of("OUT_OF_RANGE")));
  }

  @Test
  void aBudgetOutOfRangeIsInvalid() {
    // given
    ObjectNode document = document();
    ((ObjectNode) document.get("budget")).put("halfDays", 2001);

    // when
    var error = JSON.readPlan(document.toString()).getLeft();

    // then
    assertThat(error.code()).isEqualTo("JSON_FIELD_INVALID");
    assertThat(((JsonError.FieldInvalid) error).field()).isEqualTo("budget.halfDays");
  }

  @Test
  void anUnknownSessionStatusIsInvalidByItsPath() {
    // given
    ObjectNode document = document();
    ((ObjectNode) document.get("sessions").get(0)).put("status", "FORGOTTEN");

    // when
    var error = JSON.readPlan(document.toString()).getLeft();

    // then
    assertThat(error).isEqualTo(new JsonError.FieldInvalid("sessions[0].status", List.empty()));
  }

  @Test
  void anEventIsNotAPlan() {
    // when
    var error = JSON.readPlan(JSON.write(EventFixtures.samples().head())).getLeft();

    // then
    assertThat(error).isEqualTo(new JsonError.UnknownType("EngagementRequested"));
  }

  @Test
  void aOneMegabyteFormatNameIsTooLarge() {
    // given
    ObjectNode document = document();
    ((ObjectNode) document.get("format").get("name")).put("fr", "x".repeat(1 << 20));

    // when
    var error = JSON.readPlan(document.toString()).getLeft();

    // then
    assertThat(error.code()).isEqualTo("JSON_TOO_LARGE");
  }
}
