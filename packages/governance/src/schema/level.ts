// The normative level of a provision is the level of a rule (core's `ruleLevelSchema`): one
// definition, so a clause of the frame and a rule of an area read the same (wajib, dilarang,
// dianjurkan, tidak-dianjurkan). Re-exported under the frame's name.
export { type RuleLevel as NormativeLevel, ruleLevelSchema as normativeLevelSchema } from '@pedoman-medsos/core';
