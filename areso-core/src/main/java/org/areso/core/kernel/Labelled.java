package org.areso.core.kernel;

/**
 * A value with a name for people in French and English, such as a party's role or a recipient: a
 * reason's message quotes it by its label, never by its constant's name ({@link BundledReason}).
 *
 * <p>Implemented by Areso's enumerations whose constants people read.
 */
public interface Labelled {

  /**
   * The value's name for people, in French and English.
   *
   * @return the label, never null
   */
  Text label();
}
