package org.areso.core.kernel;

import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Locale;

/**
 * An item of article L.312-1 I of the French Code de l'action sociale et des familles (CASF): the
 * categories of social and medico-social establishments and services, 1° to 17°, 5° split in a)
 * and b).
 *
 * <p>This is vocabulary only. The legal reference of each item, with whether its wording was
 * verified, belongs to {@code areso-rules}.
 */
public enum CasfItem {
  /** 1° child protection (aide sociale à l'enfance). */ I_1,
  /** 2° education of disabled minors (IME, ITEP, SESSAD). */ I_2,
  /** 3° early medico-social action centres (CAMSP). */ I_3,
  /** 4° educational measures ordered by a judge. */ I_4,
  /** 5° a) work assistance establishments and services (ESAT). */ I_5A,
  /** 5° b) vocational rehabilitation. */ I_5B,
  /** 6° elderly people. */ I_6,
  /** 7° disabled adults. */ I_7,
  /** 8° reception, emergency and insertion (CHRS). */ I_8,
  /** 9° specific difficulties (CSAPA, CAARUD, LHSS, LAM, ACT). */ I_9,
  /** 10° young workers' homes (FJT). */ I_10,
  /** 11° resource, information and coordination centres. */ I_11,
  /** 12° experimental establishments and services. */ I_12,
  /** 13° reception centres for asylum seekers (CADA). */ I_13,
  /** 14° judicial representatives for the protection of adults (MJPM). */ I_14,
  /** 15° family benefit delegates (DPF). */ I_15,
  /** 16° home help for fragile families. */ I_16,
  /** 17° assessment of people who declare themselves unaccompanied minors. */ I_17;

  /** The field name used in reasons. */
  public static final String FIELD = "casf_item";

  private static final Map<String, CasfItem> BY_CODE =
      List.of(values()).toMap(i -> i.name().substring(2), i -> i);

  /** The number, written once: explanations and reasons show it for every request. */
  private final String number;

  CasfItem() {
    this.number = name().substring(2).toLowerCase(Locale.ROOT);
  }

  /**
   * The item's number as the code writes it without the degree sign: {@code 8}, {@code 5a} (the
   * constant's name after {@code I_}, in lower case).
   *
   * @return the number, never null
   */
  public String number() {
    return number;
  }

  /**
   * Reads an item number: {@code 8}, {@code 08}, {@code 8°}, {@code 5a}, {@code 5° a},
   * {@code 5B}; spaces and the degree sign are ignored.
   *
   * @param raw the text, not null
   * @return the item, or {@code FIELD_BLANK} / {@code UNKNOWN_VALUE}
   * @throws NullPointerException if raw is null (a programmer error)
   */
  public static Validation<Seq<Reason>, CasfItem> parse(String raw) {
    java.util.Objects.requireNonNull(raw, "raw");
    String cleaned = Input.compact(raw).replace("°", "").replace(")", "");
    if (cleaned.length() > 1 && cleaned.charAt(0) == '0') {
      cleaned = cleaned.substring(1);
    }
    String text = cleaned.isEmpty() ? raw : cleaned;
    return Input.code(FIELD, text, BY_CODE, List.of(values()).map(CasfItem::number));
  }
}
