package org.areso.testkit.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.Seq;
import java.util.List;
import java.util.ResourceBundle;
import org.areso.core.kernel.BundledReason;
import org.areso.core.kernel.ReasonMessages;
import org.junit.jupiter.api.Test;

/** The bundle check on a family whose bundles are right, and on one with a fault of each kind. */
class ReasonBundleCheckTest {

  static final ReasonMessages GOOD = ReasonMessages.of(
      locale -> ResourceBundle.getBundle("org.areso.testkit.messages.good", locale));
  static final ReasonMessages BAD = ReasonMessages.of(
      locale -> ResourceBundle.getBundle("org.areso.testkit.messages.bad", locale));

  static final ReasonMessages QUOTING = ReasonMessages.of(
      locale -> ResourceBundle.getBundle("org.areso.testkit.messages.quoting", locale));

  record One(String item, ReasonMessages messages) implements BundledReason {
    @Override
    public String code() {
      return "ONE";
    }

    @Override
    public Seq<String> arguments() {
      return io.vavr.collection.List.of(item);
    }
  }

  record Two(String first, String second, ReasonMessages messages) implements BundledReason {
    @Override
    public String code() {
      return "TWO";
    }

    @Override
    public Seq<String> arguments() {
      return io.vavr.collection.List.of(first, second);
    }
  }

  @Test
  void aFamilyWithEveryCodeTranslatedAndEveryArgumentQuotedPasses() {
    ReasonBundleCheck.assertComplete(GOOD,
        List.of(new One("a-1", GOOD), new Two("a-1", "b-2", GOOD)));
    assertThat(new Two("a-1", "b-2", GOOD).message(java.util.Locale.ITALIAN))
        .isEqualTo("Gli elementi a-1 e b-2 sono in conflitto.");
  }

  @Test
  void everyFaultIsReportedAtOnce() {
    assertThatThrownBy(() -> ReasonBundleCheck.assertComplete(BAD,
        List.of(new One("a-1", BAD), new Two("a-1", "b-2", BAD))))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ONE in the bundle of fr has a single apostrophe")
        .hasMessageContaining("TWO in the bundle of de uses [0], not [0, 1]")
        .hasMessageContaining("TWO's message in German does not quote b-2")
        .hasMessageContaining("TWO's message in Italian is the English one")
        .hasMessageContaining("the bundle of it has codes no sample has: [THREE]")
        .hasMessageContaining("ONE's message in Italian is the English one");
  }

  record Order(String steps, int count, ReasonMessages messages) implements BundledReason {
    @Override
    public String code() {
      return "ORDER";
    }

    @Override
    public Seq<Object> arguments() {
      return io.vavr.collection.List.of(steps, count);
    }
  }

  @Test
  void anApostropheInAChoiceBranchWithAPlaceholderMustBeWrittenFourTimes() {
    // given: French writes it twice, and loses it with the steps; Italian four times
    Order order = new Order("A, B", 1, QUOTING);
    // then
    assertThat(order.message(java.util.Locale.FRENCH))
        .isEqualTo("Ne rien faire, dans lordre : {0}.");
    assertThat(order.message(java.util.Locale.ITALIAN))
        .isEqualTo("Non fare in quest'ordine: A, B.");
    assertThatThrownBy(() -> ReasonBundleCheck.assertComplete(QUOTING, List.of(order), false))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ORDER in the bundle of fr has an apostrophe in a choice with a"
            + " placeholder: write ''''")
        .message().doesNotContain("ORDER in the bundle of it");
  }

  @Test
  void anApostropheInAChoiceBranchWithoutAPlaceholderIsWrittenTwice() {
    // given: German writes it four times in a branch with no placeholder, and shows two
    Order none = new Order("", 0, QUOTING);
    // then
    assertThat(none.message(java.util.Locale.GERMAN)).isEqualTo("Nichts tun, das wär''s.");
    assertThatThrownBy(() -> ReasonBundleCheck.assertComplete(QUOTING, List.of(none), false))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ORDER in the bundle of de shows two apostrophes in a choice"
            + " without a placeholder: write ''")
        .message().doesNotContain("ORDER in the bundle of it");
  }

  @Test
  void anArgumentAChoiceReadsIsNotLookedForInTheMessage() {
    // given: the count is read by a choice, and never written as a number
    Order order = new Order("A, B", 1, QUOTING);
    // then: only the French pattern's faults are reported
    assertThatThrownBy(() -> ReasonBundleCheck.assertComplete(QUOTING, List.of(order)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ORDER's message in French does not quote A, B")
        .message().doesNotContain("quote 1");
  }

  @Test
  void aFamilyWithoutSamplesIsAProgrammerError() {
    assertThatThrownBy(() -> ReasonBundleCheck.assertComplete(GOOD, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
