package org.areso.core.kernel;

import static java.util.Objects.requireNonNull;

import io.vavr.collection.HashSet;
import io.vavr.collection.LinkedHashSet;
import io.vavr.collection.Set;

/**
 * The role of a party (partie prenante) in an engagement: the groups whose dialogue the
 * facilitators support.
 */
public enum PartyRole implements Labelled {
  /** Management (direction). */
  MANAGEMENT,
  /** Supervisors and middle managers (encadrement). */
  SUPERVISORS,
  /** Staff representatives (représentants du personnel, élus du CSE, commission du personnel). */
  STAFF_REPRESENTATIVES,
  /** Non-managerial staff (personnel non-encadrant). */
  NON_MANAGERIAL_STAFF,
  /** Governance: the board of an association or foundation (gouvernance, conseil d'administration). */
  GOVERNANCE;

  /**
   * The role's name for people, in French and English.
   *
   * @return the label, never null
   */
  @Override
  public Text label() {
    return Labels.of(this);
  }

  /**
   * Checks a set of roles that a value keeps, such as the parties present at a session: the
   * check every Areso value that keeps one makes. A hashed set is asked whether it holds null,
   * one lookup where walking a linked set makes an iterator per step; any other set is walked.
   *
   * @param roles the roles
   * @param name the component's name, such as {@code "present"}
   * @return the roles, unchanged
   * @throws NullPointerException if roles is null (message {@code name}) or holds null (message
   *     {@code name[]}): a programmer error
   */
  public static Set<PartyRole> requireNoNull(Set<PartyRole> roles, String name) {
    requireNonNull(roles, name);
    if (roles instanceof LinkedHashSet || roles instanceof HashSet
        ? roles.contains(null) : roles.exists(r -> r == null)) {
      throw new NullPointerException(name + "[]");
    }
    return roles;
  }
}
