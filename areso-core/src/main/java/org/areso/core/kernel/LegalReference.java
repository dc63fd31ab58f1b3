package org.areso.core.kernel;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import org.immutables.value.Value;

/**
 * A citation of the legal text a rule, a principle or a holiday rests on: the code (CASF, Code du
 * travail, LOLF, a programme's own charter…), the article, the item within it, a link, and whether
 * the wording was checked against the official text.
 *
 * <p>A reference is either an article of a code ({@link Kind#ARTICLE}, the default) or a passage
 * of a published page, such as a programme's presentation ({@link Kind#PAGE}): the page's
 * publisher as the code, its title as the article, its section as the item. Each is cited the way
 * it reads ({@code CASF art. L.312-1 I 8°}; {@code Areso secteur social (Anact, DGCS), « Areso pour
 * les structures du secteur social », structures éligibles (*)}).
 *
 * <p>Unverified references are kept, not dropped, and say so: {@link #isVerified()} is false and
 * {@link #citation()} marks them. Immutable and thread-safe; equal when every attribute is equal.
 */
@Value.Immutable
public abstract class LegalReference {

  /** What a reference cites: an article of a code, or a passage of a published page. */
  public enum Kind {
    /** An article of a code or of a legal text: the code, the article, the item. */
    ARTICLE,
    /** A passage of a published page: its publisher, its title, its section. */
    PAGE
  }

  /** The longest code, article or item accepted, in characters. */
  public static final int MAX_LENGTH = 200;

  private static final int MAX_URL_LENGTH = 2_000;
  private static final Text URL_EXPECTED = Text.of(
      "une adresse http:// ou https:// sans espace", "an http:// or https:// address with no space",
      "eine Adresse http:// oder https:// ohne Leerzeichen",
      "un indirizzo http:// o https:// senza spazi");

  LegalReference() {}

  /**
   * The code or text cited: {@code CASF}, {@code Code du travail}, {@code LOLF}…
   *
   * @return the code, never null or blank
   */
  public abstract String code();

  /**
   * The article: {@code L.312-1}, {@code L.3133-1}.
   *
   * @return the article, never null or blank
   */
  public abstract String article();

  /**
   * The item within the article, such as {@code I 8°}; none when the whole article is cited.
   *
   * @return the item, never null
   */
  public abstract Option<String> item();

  /**
   * A link to the text, such as its Légifrance page.
   *
   * @return the link, never null
   */
  public abstract Option<String> url();

  /**
   * Whether the wording was checked against the official text. False for references written from
   * memory or from a secondary source.
   *
   * @return true when verified
   */
  public abstract boolean isVerified();

  /**
   * Whether this cites an article of a code or a passage of a page.
   *
   * @return the kind, never null
   */
  public abstract Kind kind();

  /**
   * The citation for people: {@code CASF art. L.312-1 I 8°} for an article, {@code publisher,
   * « title », section} for a page; followed by {@code (non vérifié / not verified)} when
   * unverified.
   *
   * @return the citation, never null
   */
  public String citation() {
    String base = kind() == Kind.PAGE
        ? code() + ", « " + article() + " »" + item().map(i -> ", " + i).getOrElse("")
        : code() + " art. " + article() + item().map(i -> " " + i).getOrElse("");
    return isVerified() ? base : base + " (non vérifié / not verified)";
  }

  /** The citation. */
  @Override
  public String toString() {
    return citation();
  }

  /**
   * Starts a reference. The builder is mutable and not thread-safe; the reference it builds is
   * neither.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Collects a reference's parts and checks them all at once in {@link #build()}.
   *
   * <p>Mutable, not thread-safe: build a reference in one thread, then share the reference.
   */
  public static final class Builder {
    private String code = "";
    private String article = "";
    private Option<String> item = Option.none();
    private Option<String> url = Option.none();
    private boolean verified;
    private Kind kind = Kind.ARTICLE;

    private Builder() {}

    /**
     * Cites a passage of a published page rather than an article of a code: the code is then the
     * page's publisher, the article its title, the item its section.
     *
     * @return this builder
     */
    public Builder page() {
      this.kind = Kind.PAGE;
      return this;
    }

    /**
     * Sets the code cited ({@code CASF}).
     *
     * @param code the code, not null
     * @return this builder
     * @throws NullPointerException if code is null (a programmer error)
     */
    public Builder code(String code) {
      this.code = requireNonNull(code, "code");
      return this;
    }

    /**
     * Sets the article ({@code L.312-1}).
     *
     * @param article the article, not null
     * @return this builder
     * @throws NullPointerException if article is null (a programmer error)
     */
    public Builder article(String article) {
      this.article = requireNonNull(article, "article");
      return this;
    }

    /**
     * Sets the item within the article ({@code I 8°}); a blank item means the whole article.
     *
     * @param item the item, not null
     * @return this builder
     * @throws NullPointerException if item is null (a programmer error)
     */
    public Builder item(String item) {
      requireNonNull(item, "item");
      this.item = Input.isBlank(item) ? Option.none() : Option.some(item);
      return this;
    }

    /**
     * Sets a link to the text; a blank link means none.
     *
     * @param url the link, {@code http://} or {@code https://}, not null
     * @return this builder
     * @throws NullPointerException if url is null (a programmer error)
     */
    public Builder url(String url) {
      requireNonNull(url, "url");
      this.url = Input.isBlank(url) ? Option.none() : Option.some(url);
      return this;
    }

    /**
     * Sets whether the wording was checked against the official text (false unless set).
     *
     * @param verified true when verified
     * @return this builder
     */
    public Builder verified(boolean verified) {
      this.verified = verified;
      return this;
    }

    /**
     * Checks every part and builds the reference.
     *
     * @return the reference, or every reason found: {@code FIELD_BLANK} for a missing code or
     *     article, {@code FIELD_TOO_LONG}, {@code FIELD_MALFORMED} for a link that is not http(s)
     */
    public Validation<Seq<Reason>, LegalReference> build() {
      Validation<Seq<Reason>, String> checkedCode = Input.required("code", code, MAX_LENGTH);
      Validation<Seq<Reason>, String> checkedArticle =
          Input.required("article", article, MAX_LENGTH);
      Validation<Seq<Reason>, Option<String>> checkedItem =
          Input.optional(item.getOrElse(""), raw -> Input.required("item", raw, MAX_LENGTH));
      Validation<Seq<Reason>, Option<String>> checkedUrl =
          Input.optional(url.getOrElse(""), Builder::checkUrl);
      return Validation.combine(checkedCode, checkedArticle, checkedItem, checkedUrl)
          .ap((c, a, i, u) -> (LegalReference) ImmutableLegalReference.assembler()
              .code(c).article(a).item(i).url(u).isVerified(verified).kind(kind).build())
          .mapError(errors -> errors.flatMap(e -> e));
    }

    private static Validation<Seq<Reason>, String> checkUrl(String raw) {
      return Input.required("url", raw, MAX_URL_LENGTH).flatMap(text -> {
        boolean scheme = text.startsWith("https://") || text.startsWith("http://");
        boolean clean = text.chars().noneMatch(c -> c <= ' ' || Character.isISOControl(c));
        return scheme && clean && text.length() > "https://".length()
            ? Validation.valid(text)
            : Input.invalid(new FieldReason.Malformed("url", text, URL_EXPECTED));
      });
    }
  }

}
