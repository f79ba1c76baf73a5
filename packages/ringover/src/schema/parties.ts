import { z } from 'zod';
import { OptionalIdSchema } from './primitives.js';

const optionalText = z
  .union([z.string(), z.number()])
  .nullish()
  .transform((v) => (v == null || v === '' ? null : String(v)));

/**
 * The Ringover user (agent) on a call. The docs and sample repos write `user_id`; the official
 * PHP SDK reads `userId`: both are accepted and merged into `userId`.
 */
export const RingoverUserSchema = z
  .looseObject({
    user_id: OptionalIdSchema,
    userId: OptionalIdSchema,
    firstname: optionalText,
    lastname: optionalText,
    email: optionalText,
    photo: optionalText,
  })
  .transform(({ user_id, userId, ...rest }) => ({ ...rest, userId: userId ?? user_id ?? null }));
/** The agent of a call, with `userId` merged from `user_id`/`userId`. */
export type RingoverUser = z.output<typeof RingoverUserSchema>;

/** The current IVR object: `{name, number, scenario: {scenario_id, ivr_id, name, scenario_type}}`. */
export const RingoverIvrSchema = z.looseObject({
  name: optionalText,
  number: optionalText,
  scenario: z
    .looseObject({
      scenario_id: OptionalIdSchema,
      ivr_id: OptionalIdSchema,
      name: optionalText,
      scenario_type: optionalText,
    })
    .nullish(),
});
/** The parsed `ivr` object. */
export type RingoverIvr = z.output<typeof RingoverIvrSchema>;

/**
 * The deprecated `ivr_data` object (`number`, `scenario_name`, `ivr_name`; the PHP SDK reads
 * them in camelCase). Normalized to `{number, scenarioName, ivrName}`.
 */
export const RingoverIvrDataSchema = z
  .looseObject({
    number: optionalText,
    scenario_name: optionalText,
    scenarioName: optionalText,
    ivr_name: optionalText,
    ivrName: optionalText,
  })
  .transform((v) => ({
    number: v.number,
    scenarioName: v.scenarioName ?? v.scenario_name ?? null,
    ivrName: v.ivrName ?? v.ivr_name ?? null,
  }));
/** The parsed deprecated `ivr_data`, in camelCase. */
export type RingoverIvrData = z.output<typeof RingoverIvrDataSchema>;

/** Optional text: a string or a number as text; null, absent and "" become null. */
export { optionalText as OptionalTextSchema };
