/**
 * Programmes (dispositifs) as the engagement sees them: which parties must consent, which formats
 * are allowed, whether a pre-diagnosis is required, and the delays that make obligations due. The
 * catalogue of real programmes lives in {@code areso-rules}.
 */
package org.areso.core.programme;
