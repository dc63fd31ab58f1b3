package org.areso.core.ethics;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.Set;
import org.areso.core.kernel.PartyRole;
import org.areso.core.kernel.Actor;

/**
 * One item of an action plan (plan d'action): the action the parties decided, who owns it, who
 * decided it, and which parties validated it. The parties own the content; a facilitator never
 * owns or decides it. An engagement's action plan is the items adopted together.
 *
 * <p>Immutable and thread-safe. The action's wording stays with the host, under
 * {@link #reference()}.
 *
 * @param reference the host's reference of the action, such as {@code A-3}, not null
 * @param owner who carries the action out, not null
 * @param decidedBy who decided it, not null
 * @param validatedBy the parties who validated it, not null
 */
public record ActionPlanItem(String reference, Actor owner, Actor decidedBy,
    Set<PartyRole> validatedBy) {

  /** Creates an item. @throws NullPointerException if an argument or a role is null */
  public ActionPlanItem {
    requireNonNull(reference, "reference");
    requireNonNull(owner, "owner");
    requireNonNull(decidedBy, "decidedBy");
    PartyRole.requireNoNull(validatedBy, "validatedBy");
  }
}
