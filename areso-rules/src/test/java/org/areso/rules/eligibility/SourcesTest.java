package org.areso.rules.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.vavr.control.Option;
import org.junit.jupiter.api.Test;

class SourcesTest {

  @Test
  void aSourceIsAReferenceWithItsVerifiedFlagAndItsItemIfAny() {
    var read = Sources.text("Code", "Article", true);
    assertThat(read.code()).isEqualTo("Code");
    assertThat(read.article()).isEqualTo("Article");
    assertThat(read.isVerified()).isTrue();
    assertThat(read.item()).isEqualTo(Option.none());
    var item = Sources.text("Code", "Article", "3°", false);
    assertThat(item.isVerified()).isFalse();
    assertThat(item.item()).contains("3°");
  }

  @Test
  void anInvalidSourceIsAProgrammerError() {
    assertThatIllegalStateException().isThrownBy(() -> Sources.text(" ", "Article", true))
        .withMessageContaining("invalid reference");
  }
}
