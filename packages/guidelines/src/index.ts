// Every guideline area in one import, each under its own name, for tools that want all of them.
// Browser-safe. The data of every area, with its JSON Schemas, is also one file:
// `@pedoman-medsos/guidelines/guidelines.json`, for tools in other languages.
export * as accountNaming from '@pedoman-medsos/account-naming';
export * as core from '@pedoman-medsos/core';
export * as digitalAgenda from '@pedoman-medsos/digital-agenda';
export * as governance from '@pedoman-medsos/governance';
export * as profileImage from '@pedoman-medsos/profile-image';
export * as prohibitedContent from '@pedoman-medsos/prohibited-content';
export * as replyTemplates from '@pedoman-medsos/reply-templates';
export { type FreshnessItem, type FreshnessOptions, freshnessReport } from './freshness';
