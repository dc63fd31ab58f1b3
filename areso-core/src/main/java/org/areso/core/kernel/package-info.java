/**
 * The shared vocabulary of Areso: identifiers (SIREN, SIRET, FINESS, Swiss UID, host-chosen ids),
 * the {@link org.areso.core.kernel.Structure} (the employer), parties and facilitators, legal
 * references, date windows, and the {@link org.areso.core.kernel.Reason} every refusal carries.
 *
 * <p>Every type here is immutable and thread-safe. Factories that take user data return a Vavr
 * {@code Validation} holding every reason found; {@code null} arguments are programmer errors and
 * throw {@link java.lang.NullPointerException} naming the argument. This package depends on no
 * feature package of Areso.
 */
@AresoStyle
package org.areso.core.kernel;
