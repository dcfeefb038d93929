import { describe, expect, it } from 'vitest';
import rule from '../../rules/claim-port-direction.js';
import { at, claim, MAILCOW_MODEL, run } from './claim-context.js';

describe('claim-port-direction (hand-made claims)', () => {
  it('outgoing SMTP ports under an incoming label', () => {
    const reports = run(rule, [
      claim(57, { protocol: 'pop3', protocolSource: 'heading', direction: 'incoming', port: 465, column: 95 }),
      claim(57, { protocol: 'pop3', protocolSource: 'heading', direction: 'incoming', port: 587, column: 103 }),
    ]);
    expect(at(reports)).toEqual(['57:95 wrongDirections']);
    expect(reports[0].data).toEqual({ ports: '`465` and `587`', portDirection: 'outgoing', protocol: 'SMTP', direction: 'incoming' });
  });

  it('one finding per label line, one per port when the ports stand on separate lines', () => {
    const reports = run(rule, [claim(5, { block: 'form', direction: 'incoming', port: 465 }), claim(6, { block: 'form', direction: 'incoming', port: 587 })]);
    expect(at(reports)).toEqual(['5:1 wrongDirection', '6:1 wrongDirection']);
    expect(reports[0].data).toEqual({ port: 465, portDirection: 'outgoing', protocol: 'SMTP', direction: 'incoming' });
  });

  it('an incoming IMAP port under an outgoing label', () => {
    const reports = run(rule, [claim(12, { direction: 'outgoing', port: 993 })]);
    expect(reports.map((r) => r.data)).toEqual([{ port: 993, portDirection: 'incoming', protocol: 'IMAP', direction: 'outgoing' }]);
  });

  it('naming the port’s own protocol does not make the label right ("Incoming (SMTP) | 465")', () => {
    const reports = run(rule, [claim(90, { protocol: 'smtp', protocolSource: 'block', direction: 'incoming', port: 465 })]);
    expect(reports.map((r) => r.data)).toEqual([{ port: 465, portDirection: 'outgoing', protocol: 'SMTP', direction: 'incoming' }]);
  });

  it('a product that receives on a port makes that direction right (mailcow: SMTP 25 from other servers)', () => {
    const claims = [claim(3, { direction: 'incoming', port: 25 })];
    expect(at(run(rule, claims))).toEqual(['3:1 wrongDirection']);
    expect(run(rule, claims, { model: MAILCOW_MODEL, product: 'mailcow' })).toEqual([]);
  });

  it('stays silent on matching directions and on ports with no direction', () => {
    const claims = [
      claim(1, { direction: 'incoming', port: 995 }),
      claim(2, { direction: 'outgoing', port: 587 }),
      claim(3, { direction: 'incoming', port: 4190 }),
      claim(4, { direction: 'incoming', port: 443 }),
      claim(5, { direction: 'incoming', port: 2525 }),
      claim(6, { port: 465 }),
    ];
    expect(run(rule, claims)).toEqual([]);
  });
});
