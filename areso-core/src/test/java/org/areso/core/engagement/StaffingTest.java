package org.areso.core.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.LinkedHashSet;
import org.areso.core.kernel.Facilitator;
import org.areso.core.kernel.FacilitatorKind;
import org.areso.core.kernel.Qualification;
import org.junit.jupiter.api.Test;

/** A staffing rule and the qualifications it requires of every facilitator assigned. */
class StaffingTest {

  private static final Facilitator SOCIAL_WORKER =
      Facilitator.of("S-1", FacilitatorKind.SOCIAL_WORKER);

  @Test
  void theFactoriesRequireNoQualification() {
    // when / then
    assertThat(Staffing.anyPair().qualifications()).isEmpty();
    assertThat(Staffing.one(LinkedHashSet.of(FacilitatorKind.SOCIAL_WORKER)).qualifications())
        .isEmpty();
    assertThat(Staffing.anyPair().missing(SOCIAL_WORKER)).isEmpty();
  }

  @Test
  void aRequiredQualificationIsMissingFromAFacilitatorWhoDoesNotCarryIt() {
    // given
    Staffing titled = Staffing.one(LinkedHashSet.of(FacilitatorKind.SOCIAL_WORKER))
        .requiring(Qualification.SOCIAL_WORKER_TITLE);
    // when / then
    assertThat(titled.pair()).isFalse();
    assertThat(titled.kinds()).containsExactly(FacilitatorKind.SOCIAL_WORKER);
    assertThat(titled.missing(SOCIAL_WORKER)).containsExactly(Qualification.SOCIAL_WORKER_TITLE);
    assertThat(titled.missing(SOCIAL_WORKER.withQualification(Qualification.SOCIAL_WORKER_TITLE)))
        .isEmpty();
  }

  @Test
  void requiringTheSameQualificationTwiceIsRequiringItOnce() {
    // when
    Staffing twice = Staffing.anyPair().requiring(Qualification.SOCIAL_RELATIONS_TRAINING)
        .requiring(Qualification.SOCIAL_RELATIONS_TRAINING);
    // then
    assertThat(twice).isEqualTo(
        Staffing.anyPair().requiring(Qualification.SOCIAL_RELATIONS_TRAINING));
    assertThat(twice).isNotEqualTo(Staffing.anyPair());
  }
}
