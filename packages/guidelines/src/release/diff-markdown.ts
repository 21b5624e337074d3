import { type EntityChange, entityLabel, type FieldChange, type GuidelinesDiff } from './diff';
import { requiredBumps } from './required-bump';

const show = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return `\`${text.length > 80 ? `${text.slice(0, 77)}…` : text}\``;
};

function fieldLine(field: FieldChange): string {
  const where = field.path || '(entry)';
  const wording = field.wording ? ' _(wording)_' : '';
  if (Array.isArray(field.before) || Array.isArray(field.after)) {
    const parts = [
      ...(Array.isArray(field.after) ? [`added ${field.after.map(show).join(', ')}`] : []),
      ...(Array.isArray(field.before) ? [`removed ${field.before.map(show).join(', ')}`] : []),
    ];
    return `${where}: ${parts.join('; ')}${wording}`;
  }
  if (field.before === undefined) return `${where}: set to ${show(field.after)}${wording}`;
  if (field.after === undefined) return `${where}: removed (was ${show(field.before)})${wording}`;
  return `${where}: ${show(field.before)} → ${show(field.after)}${wording}`;
}

function entityLine(change: EntityChange): string {
  const title = change.title ? ` — ${change.title}` : '';
  const head = `**${change.kind === 'added' ? 'Added' : change.kind === 'removed' ? 'Removed' : 'Changed'}** ${entityLabel(change)}${title}`;
  if (change.kind !== 'changed') return `- ${head}`;
  return [`- ${head}`, ...change.fields.map((field) => `  - ${fieldLine(field)}`)].join('\n');
}

/** The diff as Markdown for release notes: per package its required bump, then per data file each change. */
export function diffToMarkdown(diff: GuidelinesDiff): string {
  const lines = [`# Guideline changes: ${diff.from} → ${diff.to}`, ''];
  const bumps = requiredBumps(diff);
  if (bumps.length === 0) return `${lines.join('\n')}No rule, term, template, spec or platform figure changed.\n`;
  for (const bump of bumps) {
    lines.push(`## ${bump.package} (${bump.bump})`, '');
    const changes = diff.entities.filter((change) => change.package === bump.package);
    for (const file of [...new Set(changes.map((change) => change.file))]) {
      lines.push(`### ${file}`, '', ...changes.filter((change) => change.file === file).map(entityLine), '');
    }
    const schemas = diff.schemas.filter((change) => change.package === bump.package);
    if (schemas.length > 0)
      lines.push('### JSON Schema', '', ...schemas.map((change) => `- ${change.schema} \`${change.path}\`: ${change.kind}`), '');
  }
  return lines.join('\n');
}
