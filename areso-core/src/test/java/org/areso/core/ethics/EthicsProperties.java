package org.areso.core.ethics;

import static org.areso.core.ethics.EthicsFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.areso.core.kernel.Language;
import org.areso.core.kernel.Sensitive;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** Anonymity towards supervising authorities, and sensitive values that never show. */
class EthicsProperties {

  @Provide
  Arbitrary<java.util.List<Disclosure>> disclosures() {
    return Combinators.combine(Arbitraries.of(Sensitivity.class), Arbitraries.of(Recipient.class),
            Arbitraries.strings().ofMinLength(1).ofMaxLength(30))
        .as((sensitivity, recipient, label) -> new Disclosure(DAY,
            new InformationItem(label, sensitivity, Sensitive.of("content")), recipient))
        .list().ofMaxSize(20);
  }

  /** A value a person confided: long enough never to appear in a toString by chance. */
  @Provide
  Arbitrary<String> secrets() {
    return Arbitraries.strings().all().ofMinLength(12).ofMaxLength(80)
        .filter(s -> s.chars().distinct().count() > 3);
  }

  @Property(tries = 1_000)
  void underAnonymityEveryDisclosureToASupervisingAuthorityBlocksAndOnlyThose(
      @ForAll("disclosures") java.util.List<Disclosure> disclosures) {
    // given
    Conduct conduct = conduct();
    for (Disclosure d : disclosures) {
      conduct = conduct.plusDisclosure(d);
    }
    // when
    Audit audit = ALL.audit(conduct);
    // then
    long toAuthorities = disclosures.stream()
        .filter(d -> d.recipient().isSupervisingAuthority()).count();
    assertThat(audit.blocking().count(v -> v.reason()
        instanceof EthicsReason.AnonymityTowardsSupervisingAuthority))
        .isEqualTo((int) toAuthorities);
    assertThat(audit.violations().filter(v -> v.code().equals("DISCLOSURE_NOT_CLEARED")))
        .allMatch(v -> List.of(Recipient.values()).filter(Recipient::isSupervisingAuthority)
            .forAll(r -> !v.seen().get("recipient").contains(r.name())));
    Statistics.label("to supervising authorities").collect(toAuthorities > 0);
  }

  @Property(tries = 1_000)
  void aSensitiveValueNeverAppearsInTheTextOfAnyValueThatHoldsIt(
      @ForAll("secrets") String secret) {
    // given every ethics value that can hold a sensitive value, and what is found on them
    Sensitive<String> value = Sensitive.of(secret);
    InformationItem item = new InformationItem("notes", Sensitivity.CONFIDENTIAL, value);
    Disclosure disclosure = new Disclosure(DAY, item, Recipient.SUPERVISING_AUTHORITY);
    Contribution contribution = new Contribution(F1_ID, DAY, Aspect.OPINION_ON_CONTENT, value);
    Conduct conduct = conduct().plusDisclosure(disclosure).plusContribution(contribution);
    Audit audit = ALL.audit(conduct);
    Seq<Object> holders = List.of(value, item, disclosure, contribution, conduct, audit,
        conduct.disclosures(), conduct.contributions());
    Seq<String> texts = holders.map(String::valueOf)
        .appendAll(audit.violations().map(Violation::toString))
        .appendAll(audit.violations().flatMap(v -> List.of(Language.values()).map(v::message)))
        .appendAll(audit.violations().map(v -> v.seen().toString()))
        .appendAll(List.of(Language.values()).map(audit::report));
    // then the value is kept, and never shown
    assertThat(audit.blocking()).hasSize(2);
    assertThat(item.content().reveal()).isEqualTo(secret);
    assertThat(texts).allSatisfy(text -> assertThat(text).doesNotContain(secret));
  }
}
