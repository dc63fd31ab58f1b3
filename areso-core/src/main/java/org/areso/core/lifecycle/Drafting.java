package org.areso.core.lifecycle;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * What a replay drafts with, erased: make the draft, record an event in it, build it.
 *
 * @param start makes the draft from the context and the starting event
 * @param record records one checked event, and the stage it leads to
 * @param build builds the state from the draft
 */
record Drafting(BiFunction<Object, Object, Object> start, Recorder<Object, Object, Object> record,
    Function<Object, Object> build) { }
