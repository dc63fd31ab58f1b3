/**
 * The check of a family of bundled reasons' messages: every code in English, French, German and
 * Italian, every argument used and quoted ({@link org.areso.testkit.messages.ReasonBundleCheck}).
 */
package org.areso.testkit.messages;
