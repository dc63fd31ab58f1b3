package org.areso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import io.vavr.collection.List;
import io.vavr.collection.TreeSet;
import org.junit.jupiter.api.Test;

/** The qualifications a facilitator carries, and their legal references. */
class QualificationTest {

  private static final FacilitatorId S1 = FacilitatorId.of("S-1").get();

  @Test
  void aFacilitatorMadeByOfCarriesNoQualification() {
    // given / when
    Facilitator social = Facilitator.of(S1, FacilitatorKind.SOCIAL_WORKER);
    Facilitator named = Facilitator.of("S-2", FacilitatorKind.SOCIAL_WORKER);
    // then
    assertThat(social.qualifications()).isEmpty();
    assertThat(named.qualifications()).isEmpty();
    assertThat(social.hasQualification(Qualification.SOCIAL_WORKER_TITLE)).isFalse();
  }

  @Test
  void aQualificationAddedIsCarriedAndTheOthersAreNot() {
    // given
    Facilitator social = Facilitator.of(S1, FacilitatorKind.SOCIAL_WORKER);
    // when
    Facilitator titled = social.withQualification(Qualification.SOCIAL_WORKER_TITLE);
    // then
    assertThat(titled.hasQualification(Qualification.SOCIAL_WORKER_TITLE)).isTrue();
    assertThat(titled.hasQualification(Qualification.SOCIAL_RELATIONS_TRAINING)).isFalse();
    assertThat(titled.id()).isEqualTo(social.id());
    assertThat(social.qualifications()).isEmpty();
  }

  @Test
  void qualificationsAreASetInTheirOwnOrderWhateverTheOrderTheyWereAdded() {
    // given
    Facilitator f = Facilitator.of(S1, FacilitatorKind.SOCIAL_WORKER);
    // when
    Facilitator oneWay = f.withQualification(Qualification.SOCIAL_RELATIONS_TRAINING)
        .withQualification(Qualification.SOCIAL_WORKER_TITLE);
    Facilitator otherWay = f.withQualification(Qualification.SOCIAL_WORKER_TITLE)
        .withQualification(Qualification.SOCIAL_RELATIONS_TRAINING)
        .withQualification(Qualification.SOCIAL_WORKER_TITLE);
    // then
    assertThat(oneWay).isEqualTo(otherWay);
    assertThat(oneWay.qualifications()).containsExactly(Qualification.SOCIAL_WORKER_TITLE,
        Qualification.SOCIAL_RELATIONS_TRAINING);
  }

  @Test
  void aFacilitatorMadeWithQualificationsCarriesThem() {
    // when
    Facilitator trained = Facilitator.of("F-1", FacilitatorKind.INDEPENDENT_CONSULTANT,
        Qualification.SOCIAL_RELATIONS_TRAINING);
    // then
    assertThat(trained).isEqualTo(Facilitator.of("F-1", FacilitatorKind.INDEPENDENT_CONSULTANT)
        .withQualification(Qualification.SOCIAL_RELATIONS_TRAINING));
    assertThat(trained.ties()).isEmpty();
  }

  @Test
  void aTieAddedKeepsTheQualifications() {
    // given
    Facilitator titled = Facilitator.of(S1, FacilitatorKind.SOCIAL_WORKER)
        .withQualification(Qualification.SOCIAL_WORKER_TITLE);
    // when
    Facilitator tied = titled.withTie(Tie.withStructure(Tie.Kind.EMPLOYMENT,
        io.vavr.control.Option.none()));
    // then
    assertThat(tied.qualifications()).containsExactly(Qualification.SOCIAL_WORKER_TITLE);
    assertThat(tied.ties()).hasSize(1);
  }

  @Test
  void theConstructorWithoutQualificationsIsTheOneWithNone() {
    // when / then
    assertThat(new Facilitator(S1, FacilitatorKind.OTHER, List.empty()))
        .isEqualTo(new Facilitator(S1, FacilitatorKind.OTHER, List.empty(), TreeSet.empty()));
  }

  @Test
  void aNullQualificationIsAProgrammerError() {
    // given
    Facilitator f = Facilitator.of(S1, FacilitatorKind.SOCIAL_WORKER);
    // when / then
    assertThatNullPointerException().isThrownBy(() -> f.withQualification(null))
        .withMessage("qualification");
    assertThatNullPointerException().isThrownBy(() -> new Facilitator(S1,
        FacilitatorKind.OTHER, List.empty(), null)).withMessage("qualifications");
  }

  @Test
  void theTitleOfSocialWorkerCitesCasfL4111AndTheTrainingNoLegalText() {
    // when / then
    assertThat(Qualification.SOCIAL_WORKER_TITLE.reference().map(LegalReference::citation))
        .contains("CASF art. L.411-1");
    assertThat(Qualification.SOCIAL_RELATIONS_TRAINING.reference()).isEmpty();
    assertThat(Qualification.SOCIAL_RELATIONS_TRAINING.label().fr())
        .isEqualTo("formation aux relations sociales");
  }
}
