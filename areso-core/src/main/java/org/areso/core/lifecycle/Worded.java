package org.areso.core.lifecycle;

import io.vavr.collection.Seq;
import org.areso.core.kernel.BundledReason;

/**
 * A rejection's pattern, keyed by its code in Areso's reason bundles, filled with arguments a
 * {@link Rejection} has already written in the message's locale (the reasons it quotes, which are
 * written in that locale themselves).
 *
 * @param code the rejection's code, not null
 * @param arguments the arguments, written, not null
 */
record Worded(String code, Seq<?> arguments) implements BundledReason { }
