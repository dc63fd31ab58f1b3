package org.areso.core.ethics;

import static java.util.Objects.requireNonNull;

import org.areso.core.kernel.Sensitive;

/**
 * A piece of information about an engagement, with its sensitivity.
 *
 * <p>Immutable and thread-safe. The {@link #label()} says what the item is and may be shown (keep
 * it free of personal data); the {@link #content()} is {@link Sensitive} and never shown by
 * {@code toString}.
 *
 * @param label what the item is, such as {@code minutes of session 3}, not null
 * @param sensitivity how widely it may travel, not null
 * @param content the information itself, not null
 */
public record InformationItem(String label, Sensitivity sensitivity, Sensitive<String> content) {

  /** Creates an item. @throws NullPointerException if an argument is null */
  public InformationItem {
    requireNonNull(label, "label");
    requireNonNull(sensitivity, "sensitivity");
    requireNonNull(content, "content");
  }
}
