// site.json's two benchmark settings: which council we are in DfE's files ("local_authority", its new_la_code)
// and, optionally, who our statistical neighbours are ("statistical_neighbours", 10 codes, old or new). Checked
// here for their form only; whether the files hold these codes is checked once the files are read (area.ts).
import { z } from 'zod';

/** A council's 9-character GSS code in DfE's files (new_la_code): E06 unitary, E08 metropolitan, E09 London, E10 county. */
export const NEW_LA_CODE = /^E\d{8}$/;
/** DfE's older 3-digit local authority number (old_la_code), which the statistical-neighbour model uses. */
export const OLD_LA_CODE = /^\d{3}$/;

/** DfE's statistical-neighbour model gives each council 10 neighbours. */
export const NEIGHBOUR_COUNT = 10;

const EXAMPLE = '"local_authority": "E08000026"';
const NEIGHBOURS_EXAMPLE = '"statistical_neighbours": ["330", "332", …] (10 codes)';

export const localAuthoritySchema = z
  .string({ error: `"local_authority" must be text in double quotes: your council's new_la_code, e.g. ${EXAMPLE}, or left out if you do not publish benchmarks.` })
  .trim()
  .refine((code) => NEW_LA_CODE.test(code), {
    error: (problem) => `"local_authority" must be your council's new_la_code, the code beginning E and 8 digits that DfE's files give in the new_la_code column, ` +
      `e.g. ${EXAMPLE} for Coventry; "${String(problem.input)}" is not one.`,
  })
  .nullish()
  .transform((code) => code ?? null);

export const statisticalNeighboursSchema = z
  .array(z.string({ error: `each statistical neighbour must be a council's code in double quotes, e.g. ${NEIGHBOURS_EXAMPLE}.` }).trim(), {
    error: `"statistical_neighbours" must be a list of 10 councils' codes in square brackets, e.g. ${NEIGHBOURS_EXAMPLE}, or left out to read them from benchmarks/statistical-neighbours.csv.`,
  })
  .nullish()
  .superRefine((codes, context) => {
    if (!codes) return;
    const seen = new Set<string>();
    codes.forEach((code, index) => {
      if (!NEW_LA_CODE.test(code) && !OLD_LA_CODE.test(code)) {
        context.addIssue({ code: 'custom', path: [index], message: `"${code}" is not a council's code. Write each neighbour's old_la_code (3 digits, e.g. "330") or new_la_code (e.g. "E08000025") as DfE's files give it.` });
      } else if (seen.has(code)) {
        context.addIssue({ code: 'custom', path: [index], message: `"${code}" is listed twice in "statistical_neighbours". List each of the 10 neighbours once.` });
      }
      seen.add(code);
    });
    if (codes.length !== NEIGHBOUR_COUNT) {
      context.addIssue({ code: 'custom', message: `"statistical_neighbours" lists ${codes.length} ${codes.length === 1 ? 'council' : 'councils'}, but DfE's model gives each council ${NEIGHBOUR_COUNT}. List all ${NEIGHBOUR_COUNT}, or leave the setting out to read them from benchmarks/statistical-neighbours.csv.` });
    }
  })
  .transform((codes) => codes ?? null);

/** Problems that need both settings: run on the parsed object so each is said even when other settings are wrong. */
export function checkBenchmarkSettings(settings: { local_authority?: unknown; statistical_neighbours?: unknown }, context: z.RefinementCtx): void {
  const own = typeof settings.local_authority === 'string' ? settings.local_authority.trim() : null;
  const neighbours = settings.statistical_neighbours;
  if (!Array.isArray(neighbours)) return;
  if (own === null || own === '') {
    context.addIssue({ code: 'custom', path: ['statistical_neighbours'], message: `"statistical_neighbours" is given, but "local_authority" is not, so the site cannot tell whose neighbours they are. Add "local_authority", e.g. ${EXAMPLE}, or delete "statistical_neighbours".` });
    return;
  }
  neighbours.forEach((code, index) => {
    if (typeof code === 'string' && code.trim() === own) {
      context.addIssue({ code: 'custom', path: ['statistical_neighbours', index], message: `"${own}" is your own council ("local_authority"), not one of its neighbours. List the 10 other councils DfE's model names.` });
    }
  });
}

/** What site.json says about benchmarks, with where each setting is, for problems found once the files are read. */
export interface BenchmarkSettings {
  localAuthority: string;
  /** As written (old or new codes), or null to read them from benchmarks/statistical-neighbours.csv. */
  statisticalNeighbours: string[] | null;
  lines: { localAuthority: number; neighbour: (index: number) => number };
}
