package org.areso.rules.eligibility;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import org.areso.core.kernel.LegalReference;
import org.areso.core.kernel.Reason;

/**
 * The texts the policies rest on when no law applies: each programme's own public page (a seed),
 * cited as a {@link LegalReference.Kind#PAGE page} whose code names the programme and its
 * publisher, whose article names the page and whose item names the passage. A passage read in the seed is verified; one known only from a secondary source is not.
 */
final class Sources {

  private Sources() {}

  /**
   * A reference to a programme's own text.
   *
   * @param code the programme and its publisher
   * @param article the passage cited
   * @param verified whether the passage was read in the programme's text itself
   */
  static LegalReference text(String code, String article, boolean verified) {
    return text(code, article, "", verified);
  }

  /**
   * A reference to an item of a text.
   *
   * @param code the text
   * @param article the article or passage
   * @param item the item, or blank
   * @param verified whether the wording was read in the text itself
   */
  static LegalReference text(String code, String article, String item, boolean verified) {
    Validation<Seq<Reason>, LegalReference> built = LegalReference.builder()
        .page().code(code).article(article).item(item).verified(verified).build();
    if (built.isInvalid()) {
      throw new IllegalStateException("invalid reference " + code + " " + article + ": "
          + built.getError().map(Reason::code).mkString(", "));
    }
    return built.get();
  }
}
