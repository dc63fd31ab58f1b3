/**
 * The engagement (accompagnement): one programme delivered to one structure, as an immutable
 * aggregate on the lifecycle kernel — its stages, commands and events, the replay of a stored
 * history, and the obligations that fall due — and the small lifecycles some seeds need beside it
 * (an AURA application to a call, a social service's individual support case).
 */
package org.areso.core.engagement;
