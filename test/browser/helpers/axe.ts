/** axe-core in the test page: the rules a widget breaks, as readable lines (rule id and the node). */
import axe from 'axe-core';

/** Runs axe on `el` (its open shadow root included) and returns one line per violation and node. */
export async function axeViolations(el: Element, rules?: readonly string[]): Promise<string[]> {
  const result = await axe.run(el, {
    resultTypes: ['violations'],
    ...(rules && { runOnly: { type: 'rule', values: [...rules] } }),
  });
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.html.slice(0, 120)}`));
}
