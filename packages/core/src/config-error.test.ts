import { describe, expect, it } from 'vitest';
import { ConfigError } from './config-error';

describe('ConfigError', () => {
  it('carries both languages, English as its message', () => {
    const error = new ConfigError({ id: 'Tanggal tidak ada.', en: 'No such date.' });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ConfigError');
    expect(error.message).toBe('No such date.');
    expect(error.text.id).toBe('Tanggal tidak ada.');
  });
});
