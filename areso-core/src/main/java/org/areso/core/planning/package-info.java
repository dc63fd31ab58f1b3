/**
 * Duration planning: a {@link org.areso.core.planning.Format}'s duration policy, the
 * {@link org.areso.core.planning.WorkingCalendar} port, and the deterministic
 * {@link org.areso.core.planning.Planner} that places, checks, tracks and re-plans sessions.
 *
 * <p>Every type here is immutable and thread-safe; a plan that cannot be made says why with every
 * {@link org.areso.core.planning.PlanViolation} found.
 */
package org.areso.core.planning;
