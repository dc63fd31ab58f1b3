/**
 * Working-day calendars: France (labour code L.3133-1, Alsace-Moselle, overseas abolition days)
 * and Switzerland (1 August and each canton's holidays), each holiday with its legal reference.
 *
 * <p>Calendars implement {@link org.areso.core.planning.WorkingCalendar}; Easter-based dates are
 * computed. Every type here is immutable and thread-safe.
 */
package org.areso.rules.calendar;
