package org.areso.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.areso.core.planning.Plan;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every plan, the planner's or a host's, survives its JSON form and validates its schema. */
class PlanJsonProperties {

  private static final AresoJson JSON = AresoJson.create();

  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.anyPlan();
  }

  @Property(tries = 500)
  void everyPlanReadsBackEqual(@ForAll("plans") Plan plan) {
    // given
    String json = JSON.write(plan);

    // when
    var read = JSON.readPlan(json);

    // then
    assertThat(read.isRight()).as("%s", read).isTrue();
    assertThat(read.get()).isEqualTo(plan);
  }

  @Property(tries = 200)
  void everyPlanReadsBackEqualThroughAHostsMapper(@ForAll("plans") Plan plan) {
    // given
    JsonMapper mapper = JsonMapper.builder().addModule(JSON.module()).build();
    String json = mapper.writeValueAsString(plan);

    // when
    Plan read = mapper.readValue(json, Plan.class);

    // then
    assertThat(read).isEqualTo(plan);
    assertThat(json).isEqualTo(JSON.write(plan));
  }

  @Property(tries = 300)
  void everyPlanValidatesAgainstItsSchema(@ForAll("plans") Plan plan) {
    // given
    JsonNode document = JsonMapper.shared().readTree(JSON.write(plan));

    // when
    var errors = Schemas.errorsAt("org/areso/json/schema/Plan-v2.json", document);

    // then
    assertThat(errors).as(document.toString()).isEmpty();
  }
}
