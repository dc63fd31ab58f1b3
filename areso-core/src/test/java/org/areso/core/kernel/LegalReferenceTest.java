package org.areso.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LegalReferenceTest {

  @Test
  void citesCodeArticleAndItem() {
    // when
    LegalReference reference = LegalReference.builder().code("CASF").article("L.312-1")
        .item("I 8°").url("https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000047304938")
        .verified(true).build().get();
    // then
    assertThat(reference.citation()).isEqualTo("CASF art. L.312-1 I 8°");
    assertThat(reference.isVerified()).isTrue();
    assertThat(reference.url()).isNotEmpty();
  }

  @Test
  void citesAPageByItsPublisherTitleAndSectionNotAsAnArticle() {
    // when
    LegalReference page = LegalReference.builder().page().code("Areso secteur social (Anact)")
        .article("Areso pour les structures du secteur social").item("structures éligibles (*)")
        .verified(true).build().get();
    // then
    assertThat(page.kind()).isEqualTo(LegalReference.Kind.PAGE);
    assertThat(page.citation()).isEqualTo("Areso secteur social (Anact), « Areso pour les"
        + " structures du secteur social », structures éligibles (*)");
    assertThat(page.citation()).doesNotContain("art.");
    assertThat(LegalReference.builder().code("CASF").article("L.312-1").build().get().kind())
        .isEqualTo(LegalReference.Kind.ARTICLE);
  }

  @Test
  void saysWhenAReferenceIsNotVerified() {
    // when
    LegalReference reference = LegalReference.builder().code("CASF").article("L.312-1")
        .item("I 12°").build().get();
    // then
    assertThat(reference.isVerified()).isFalse();
    assertThat(reference.citation()).endsWith("(non vérifié / not verified)");
  }

  @Test
  void reportsEveryMissingPartAndABadLink() {
    // when
    var result = LegalReference.builder().code(" ").url("ftp://example.org").build();
    // then
    assertThat(result.getError().map(Reason::code))
        .containsExactly("FIELD_BLANK", "FIELD_BLANK", "FIELD_MALFORMED");
    assertThat(result.getError().map(r -> ((FieldReason) r).field()))
        .containsExactly("code", "article", "url");
  }

  @Test
  void equalWhenEveryPartIsEqual() {
    // given
    LegalReference a = LegalReference.builder().code("Code du travail").article("L.3133-1")
        .verified(true).build().get();
    LegalReference b = LegalReference.builder().code("Code du travail").article("L.3133-1")
        .verified(true).build().get();
    LegalReference unverified = LegalReference.builder().code("Code du travail")
        .article("L.3133-1").build().get();
    // then
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(unverified);
  }
}
