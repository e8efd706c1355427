package jingdu.app.tasks;

import jingdu.model.Unit;
/**
 * A unit a duty-bearer text may mean. Score in 0..1, higher is likelier; exact when the bearer is the unit's name
 * or one of its aliases once the government-level prefix (县, 市委, 湟源县) is left off both.
 */
public record UnitSuggestion(Unit unit, double score, boolean exact) {
}
