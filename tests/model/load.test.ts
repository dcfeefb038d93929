import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadModel, parseModel, ModelError, clearModelCache } from '../../src/model/load.js';

const REPO = resolve(import.meta.dirname, '../..');
const OVH = join(REPO, 'guides/ovh-model.yaml');
const MAILCOW = join(REPO, 'tests/fixtures/models/mailcow.yaml');
const dir = mkdtempSync(join(tmpdir(), 'guidelint-model-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function errorOf(fn: () => unknown): ModelError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ModelError) return error;
    throw error;
  }
  throw new Error('expected a ModelError');
}

describe('loadModel', () => {
  it('loads the built-in protocol model alone when no path is given', () => {
    const model = loadModel();
    expect(model.source).toBeUndefined();
    expect(model.products).toEqual([]);
    expect(model.domains).toEqual([]);
    expect(model.protocol('pop')?.id).toBe('pop3');
    expect(model.protocol('ManageSieve')?.ports).toEqual([
      { port: 4190, security: 'starttls' },
      { port: 4190, security: 'none' },
    ]);
    expect(model.protocol('imap')?.ports).toEqual([
      { port: 143, security: 'none' },
      { port: 143, security: 'starttls' },
      { port: 993, security: 'ssl' },
    ]);
    expect(model.protocol('smtp')?.direction).toBe('outgoing');
    expect(model.protocol('SMTP')?.ports.find((p) => p.port === 587)?.service).toBe('submission');
  });

  it('caches per path', () => {
    expect(loadModel(OVH)).toBe(loadModel(OVH));
    expect(loadModel()).toBe(loadModel());
    expect(loadModel(OVH)).not.toBe(loadModel());
  });

  it('lays the OVH model over the built-in one', () => {
    const model = loadModel(OVH);
    expect(model.source).toBe(OVH);
    expect(model.products.map((p) => p.id)).toEqual(['mx-plan', 'zimbra', 'exchange', 'email-pro']);
    expect(model.product('MX Plan')?.id).toBe('mx-plan');
    expect(model.product('hosted-exchange')?.id).toBe('exchange');
    expect(model.product('nothing')).toBeUndefined();
    // Built-in protocols are still there.
    expect(model.protocol('pop3')?.ports.map((p) => p.port)).toContain(995);
  });

  it('expands port lists, derives directions and scopes endpoints by region', () => {
    const model = loadModel(OVH);
    const eu = model.endpoints('mx-plan', 'fr-fr').filter((e) => e.protocol === 'smtp');
    expect(eu.map((e) => [e.port, e.security, e.direction, e.auth, e.hosts.join(' ')])).toEqual([
      [465, 'ssl', 'outgoing', true, 'ssl0.ovh.net smtp.mail.ovh.net'],
      [587, 'none', 'outgoing', true, 'ssl0.ovh.net smtp.mail.ovh.net'],
    ]);
    const ca = model.endpoints('mx-plan', 'fr-ca').filter((e) => e.protocol === 'imap');
    expect(ca.map((e) => e.hosts.join(' '))).toEqual(['imap.mail.ovh.ca', 'imap.mail.ovh.ca']);
    // No locale: every endpoint applies.
    expect(model.endpoints('mx-plan', undefined)).toHaveLength(12);
    expect(model.endpoints(undefined, 'fr-fr')).toEqual([]);
  });

  it('resolves `extends` (Zimbra is MX Plan plus ssl0.ovh.ca)', () => {
    const model = loadModel(OVH);
    const zimbra = model.endpoints('zimbra', 'en-ca');
    expect(zimbra.some((e) => e.hosts.includes('smtp.mail.ovh.ca'))).toBe(true);
    expect(zimbra.some((e) => e.hosts.includes('ssl0.ovh.ca') && e.protocol === 'pop3' && e.port === 995)).toBe(true);
    expect(model.endpoints('zimbra', 'fr-fr').some((e) => e.hosts.includes('ssl0.ovh.ca'))).toBe(false);
  });

  it('loads the mailcow fixture model: endpoints without hosts, no domains', () => {
    const model = loadModel(MAILCOW);
    expect(model.domains).toEqual([]);
    expect(model.product('mailcow')?.endpoints.every((e) => e.hosts.length === 0)).toBe(true);
    expect(model.checkHost('mail.example.org', { product: 'mailcow' }).status).toBe('outside');
  });
});

describe('model errors name the file, the line and the key', () => {
  it('a file that cannot be read', () => {
    const e = errorOf(() => loadModel(join(dir, 'missing.yaml')));
    expect(e.name).toBe('ModelError');
    expect(e.line).toBe(1);
    expect(e.message).toMatch(/missing\.yaml:1: cannot be read \(ENOENT\)/);
  });

  it('invalid YAML', () => {
    const e = errorOf(() => parseModel('products:\n  x:\n    name: [unclosed\n', 'broken.yaml'));
    expect(e.file).toBe('broken.yaml');
    expect(e.line).toBeGreaterThanOrEqual(3);
    expect(e.message).toContain('is not valid YAML');
  });

  it('an unknown key, with its line', () => {
    const e = errorOf(() => parseModel('domains: [ovh.net]\nproducts:\n  mx:\n    name: MX\n    endpoint: []\n', 'm.yaml'));
    expect([e.file, e.line, e.keyPath]).toEqual(['m.yaml', 5, 'products.mx.endpoint']);
    expect(e.message).toBe('m.yaml:5: `products.mx.endpoint` is not a known key; did you mean `endpoints`?');
  });

  it('a wrong value type deep in an endpoint', () => {
    const source = [
      'products:',
      '  mx:',
      '    name: MX',
      '    endpoints:',
      '      - protocol: imap',
      '        ports:',
      '          - port: nine',
      '            security: ssl',
      '',
    ].join('\n');
    const e = errorOf(() => parseModel(source, 'm.yaml'));
    expect([e.line, e.keyPath]).toEqual([7, 'products.mx.endpoints.0.ports.0.port']);
    expect(e.detail).toBe('must be integer');
  });

  it('a security that is not one of the three', () => {
    const source = ['products:', '  mx:', '    name: MX', '    endpoints:', '      - protocol: imap', '        ports: [{ port: 993, security: tls }]', ''].join(
      '\n',
    );
    const e = errorOf(() => parseModel(source, 'm.yaml'));
    expect(e.line).toBe(6);
    expect(e.keyPath).toBe('products.mx.endpoints.0.ports.0.security');
  });

  it('a missing required key', () => {
    const e = errorOf(() => parseModel('products:\n  mx:\n    endpoints: []\n', 'm.yaml'));
    expect([e.line, e.keyPath, e.detail]).toEqual([2, 'products.mx', 'is missing the required key `name`']);
  });

  it('an unknown protocol', () => {
    const source = [
      'products:',
      '  mx:',
      '    name: MX',
      '    endpoints:',
      '      - protocol: imap',
      '        ports: [{ port: 993, security: ssl }]',
      '      - protocol: gopher',
      '        ports: [{ port: 70, security: none }]',
      '',
    ].join('\n');
    const e = errorOf(() => parseModel(source, 'm.yaml'));
    expect([e.line, e.keyPath]).toEqual([7, 'products.mx.endpoints.1.protocol']);
    expect(e.detail).toMatch(/^is not a known protocol \(known: imap, pop3, smtp, sieve, http\)$/);
  });

  it('a protocol a model adds can be used by its endpoints', () => {
    const source = [
      'protocols:',
      '  gopher:',
      '    names: [Gopher]',
      '    ports: [{ port: 70, security: none }]',
      'products:',
      '  g:',
      '    name: G',
      '    endpoints:',
      '      - protocol: Gopher',
      '        ports: [{ port: 70, security: none }]',
      '',
    ].join('\n');
    const model = parseModel(source);
    expect(model.product('g')?.endpoints[0].protocol).toBe('gopher');
    expect(model.protocol('gopher')?.ports).toEqual([{ port: 70, security: 'none' }]);
  });

  it('a locale list naming an unknown region', () => {
    const source = [
      'regions:',
      '  america: [fr-ca, en-ca]',
      'products:',
      '  mx:',
      '    name: MX',
      '    endpoints:',
      '      - protocol: imap',
      '        locales: [americas]',
      '        ports: [{ port: 993, security: ssl }]',
      '',
    ].join('\n');
    const e = errorOf(() => parseModel(source, 'm.yaml'));
    expect([e.line, e.keyPath]).toEqual([8, 'products.mx.endpoints.0.locales.0']);
    expect(e.detail).toContain('known regions: america');
  });

  it('`extends` naming no product, and a cycle', () => {
    const missing = errorOf(() => parseModel('products:\n  a:\n    name: A\n    extends: b\n', 'm.yaml'));
    expect([missing.line, missing.keyPath]).toEqual([4, 'products.a.extends']);
    const cycle = errorOf(() => parseModel('products:\n  a:\n    name: A\n    extends: b\n  b:\n    name: B\n    extends: a\n', 'm.yaml'));
    expect(cycle.keyPath).toMatch(/^products\.[ab]\.extends$/);
    expect(cycle.detail).toContain('cycle');
  });

  it('a file on disk: the error names it relative to the working directory', () => {
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'domains: [ovh.net]\nhosts:\n  deprecated:\n    - { host: ns0.ovh.net, replacment: ssl0.ovh.net }\n');
    clearModelCache();
    const e = errorOf(() => loadModel(file));
    expect(e.line).toBe(4);
    expect(e.keyPath).toBe('hosts.deprecated.0.replacment');
    expect(e.message).toContain('bad.yaml:4:');
  });
});
