import { ConfigError } from '@pedoman-medsos/core';
import { describe, expect, it } from 'vitest';
import { loadSharp } from './sharp';

describe('loadSharp', () => {
  it('says what is missing and how to install it when sharp is absent', async () => {
    const absent = () => Promise.reject(Object.assign(new Error("Cannot find package 'sharp'"), { code: 'ERR_MODULE_NOT_FOUND' }));
    const loading = loadSharp(absent);
    await expect(loading).rejects.toBeInstanceOf(ConfigError);
    await expect(loading).rejects.toThrow(/sharp is not installed\. Install it in your project: npm install sharp/);
  });

  it('passes on any other failure of sharp as it is', async () => {
    await expect(loadSharp(() => Promise.reject(new Error('libvips: bad CPU')))).rejects.toThrow('libvips: bad CPU');
  });

  it('loads sharp when it is installed', async () => {
    expect(typeof (await loadSharp())).toBe('function');
  });
});
