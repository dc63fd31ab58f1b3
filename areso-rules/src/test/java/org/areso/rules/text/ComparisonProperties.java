package org.areso.rules.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.areso.core.eligibility.Facts;
import org.areso.core.eligibility.Policy;
import org.areso.core.eligibility.Verdict;
import org.areso.core.kernel.Canton;
import org.areso.core.kernel.CasfItem;
import org.areso.core.kernel.FinessCategory;
import org.areso.core.kernel.FundingSource;
import org.areso.core.kernel.Structure;

/**
 * The list comparisons of a policy file mean what their names say, whatever the literals' kind:
 * constants of one enum (CASF items, cantons, compiled to a bit test) or other values (funders,
 * FINESS categories, compiled to a hash lookup). Each is set beside its definition in plain Java.
 */
class ComparisonProperties {

  private static final String HEAD = """
      policy: pilot
      title: {fr: Pilote, en: Pilot}
      references:
        charter: {kind: page, code: Pilote régional, article: Charte, verified: yes}
      rules:
        - rule: compared
          description: {fr: comparé, en: compared}
          cites: charter
      """;

  private static final LocalDate DAY = LocalDate.of(2025, 3, 3);

  private static Policy policy(String fact, String operator, Seq<String> literals) {
    String text = HEAD + "    fact: " + fact + "\n    " + operator + ": ["
        + literals.mkString(", ") + "]\n";
    var read = PolicyText.read(text);
    assertThat(read.isValid()).as(() -> read.getError().mkString("\n") + "\n" + text).isTrue();
    return read.get();
  }

  private static boolean met(Policy policy, Structure structure) {
    Verdict verdict = policy.verdict(Facts.of(structure).requestDate(DAY));
    assertThat(verdict).isNotEqualTo(Verdict.UNDETERMINED);
    return verdict == Verdict.ELIGIBLE;
  }

  @Provide
  Arbitrary<List<CasfItem>> items() {
    return Arbitraries.of(CasfItem.class).list().ofMaxSize(5).map(List::ofAll);
  }

  @Provide
  Arbitrary<List<FundingSource>> funders() {
    return Arbitraries.of(List.of(177, 303, 104, 157).map(FundingSource::stateBudgetProgramme)
            .appendAll(List.of(FundingSource.Kind.HEALTH_INSURANCE,
                FundingSource.Kind.DEPARTEMENT, FundingSource.Kind.OWN_RESOURCES).map(FundingSource::of)).toJavaList())
        .list().ofMaxSize(4).map(List::ofAll);
  }

  @Property(tries = 200)
  void containsAnyAllNoneOverAnEnumSet(@ForAll("items") List<CasfItem> held,
      @ForAll("items") List<CasfItem> listed) {
    // given
    Seq<CasfItem> written = listed.isEmpty() ? List.of(CasfItem.values()[0]) : listed;
    Structure structure = Structure.builder().casfItems(held).build().get();
    Seq<String> literals = written.map(CasfItem::number);
    // when, then
    assertThat(met(policy("casf_item", "contains_any", literals), structure))
        .isEqualTo(written.exists(held::contains));
    assertThat(met(policy("casf_item", "contains_all", literals), structure))
        .isEqualTo(written.forAll(held::contains));
    assertThat(met(policy("casf_item", "contains_none", literals), structure))
        .isEqualTo(!written.exists(held::contains));
  }

  @Property(tries = 200)
  void containsAnyAllNoneOverOtherValues(@ForAll("funders") List<FundingSource> held,
      @ForAll("funders") List<FundingSource> listed) {
    // given
    Seq<FundingSource> written = listed.isEmpty()
        ? List.of(FundingSource.stateBudgetProgramme(177)) : listed;
    Structure structure = Structure.builder().fundingSources(held).build().get();
    Seq<String> literals = written.map(FundingSource::code);
    // when, then
    assertThat(met(policy("funding", "contains_any", literals), structure))
        .isEqualTo(written.exists(held::contains));
    assertThat(met(policy("funding", "contains_all", literals), structure))
        .isEqualTo(written.forAll(held::contains));
    assertThat(met(policy("funding", "contains_none", literals), structure))
        .isEqualTo(!written.exists(held::contains));
  }

  @Property(tries = 200)
  void oneOfAndNotOneOf(@ForAll Canton canton, @ForAll("cantons") List<Canton> listed,
      @ForAll("categories") String category, @ForAll("categoryLists") List<String> categories) {
    // given
    Structure inCanton = Structure.builder().canton(canton).build().get();
    Structure ofCategory = Structure.builder()
        .finessCategory(FinessCategory.parse(category).get()).build().get();
    // when, then
    assertThat(met(policy("canton", "one_of", listed.map(Canton::name)), inCanton))
        .isEqualTo(listed.contains(canton));
    assertThat(met(policy("canton", "not_one_of", listed.map(Canton::name)), inCanton))
        .isEqualTo(!listed.contains(canton));
    assertThat(met(policy("finess_category", "one_of", categories), ofCategory))
        .isEqualTo(categories.contains(category));
    assertThat(met(policy("finess_category", "not_one_of", categories), ofCategory))
        .isEqualTo(!categories.contains(category));
  }

  @Provide
  Arbitrary<List<Canton>> cantons() {
    return Arbitraries.of(Canton.class).list().ofMinSize(1).ofMaxSize(4).map(List::ofAll);
  }

  @Provide
  Arbitrary<String> categories() {
    return Arbitraries.of("214", "500", "209", "255", "460");
  }

  @Provide
  Arbitrary<List<String>> categoryLists() {
    return categories().list().ofMinSize(1).ofMaxSize(3).map(List::ofAll);
  }
}
