// Charts drawn more than once with the same data are drawn once: a quarter's QA charts appear on its
// quality page, on /quality/ when it is the latest, and in its committee pack. The SVG depends only on the
// chart's input (Plot writes no generated ids), so the cache is keyed by the input as JSON.

/** At most this many charts per chart type are kept; beyond it the cache starts again (npm run dev). */
const LIMIT = 2000;

/** `draw`, remembering the SVG it returned for each distinct input. */
export function memoiseChart<Input, Output>(draw: (input: Input) => Output): (input: Input) => Output {
  const drawn = new Map<string, Output>();
  return (input) => {
    const key = JSON.stringify(input);
    let svg = drawn.get(key);
    if (svg === undefined) {
      svg = draw(input);
      if (drawn.size >= LIMIT) drawn.clear();
      drawn.set(key, svg);
    }
    return svg;
  };
}
