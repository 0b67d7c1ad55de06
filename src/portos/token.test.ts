import { compactVerify, decodeJwt, decodeProtectedHeader, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createTokenSigner, DEMO_CREDENTIALS } from './token.ts';

const claims = { sessionId: 'soZIt6uj62fzs8ep4UvnNSxRXFryUiq3', tokenId: 'jti1', userName: '999', expiresAt: 1691190000 };

describe('createTokenSigner', () => {
  it('signs a JWT naming the session and verifies it back', async () => {
    const signer = createTokenSigner();
    const token = await signer.sign(claims, new Date('2023-08-04T21:30:00Z'));
    expect(decodeJwt(token)).toEqual({ sid: claims.sessionId, jti: 'jti1', sub: '999', iat: 1691184600, exp: 1691190000 });
    expect(await signer.verify(token)).toEqual(claims);
  });

  it('accepts a token whose exp has passed (the session decides)', async () => {
    const signer = createTokenSigner();
    const token = await signer.sign({ ...claims, expiresAt: 1 }, new Date(0));
    expect(await signer.verify(token)).toMatchObject({ expiresAt: 1 });
  });

  it('rejects tokens of another signer and tokens signed before rotateKey', async () => {
    const signer = createTokenSigner();
    const token = await signer.sign(claims, new Date());
    expect(await createTokenSigner().verify(token)).toBeUndefined();
    signer.rotateKey();
    expect(await signer.verify(token)).toBeUndefined();
  });

  it('knows a token it issued by lookup, with the claims verify gives, until the key changes', async () => {
    const signer = createTokenSigner();
    const token = await signer.sign(claims, new Date('2023-08-04T21:30:00Z'));
    expect(signer.known(token)).toEqual(claims);
    const twin = createTokenSigner();
    twin.restoreKey(signer.exportKey());
    expect(await twin.verify(token)).toEqual(signer.known(token));
    const saved = signer.exportKey();
    signer.rotateKey();
    expect(signer.known(token)).toBeUndefined();
    signer.restoreKey(saved);
    expect(signer.known(token)).toBeUndefined();
    expect(await signer.verify(token)).toEqual(claims);
    expect(signer.known(token)).toEqual(claims);
  });

  it('knows a token only once its signature checked out', async () => {
    const signer = createTokenSigner();
    const key = Uint8Array.from(atob(signer.exportKey()), (c) => c.charCodeAt(0));
    const token = await new SignJWT({ sid: claims.sessionId }).setProtectedHeader({ alg: 'HS256' }).setJti('jti1').setSubject('999').setExpirationTime(claims.expiresAt).sign(key);
    const forged = token.slice(0, -1) + (token.at(-1) === 'A' ? 'B' : 'A');
    expect(signer.known(token)).toBeUndefined();
    expect(await signer.verify(forged)).toBeUndefined();
    expect(signer.known(forged)).toBeUndefined();
    expect(await signer.verify(token)).toEqual(claims);
    expect(signer.known(token)).toEqual(claims);
  });

  // The signer is Web Crypto HS256 (no jose at run time); jose, a standard JWT library, checks it both ways.
  it('signs what jose verifies with the same key, header {"alg":"HS256","typ":"JWT"}', async () => {
    const signer = createTokenSigner();
    const token = await signer.sign(claims, new Date('2023-08-04T21:30:00Z'));
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'HS256', typ: 'JWT' });
    const key = Uint8Array.from(atob(signer.exportKey()), (c) => c.charCodeAt(0));
    const { payload } = await compactVerify(token, key, { algorithms: ['HS256'] });
    expect(JSON.parse(new TextDecoder().decode(payload))).toEqual({ sid: claims.sessionId, jti: 'jti1', sub: '999', iat: 1691184600, exp: 1691190000 });
  });

  it('verifies what jose signs with its key, and rejects it once a byte of the signature or the alg changes', async () => {
    const signer = createTokenSigner();
    const key = Uint8Array.from(atob(signer.exportKey()), (c) => c.charCodeAt(0));
    const jwt = (alg: string) => new SignJWT({ sid: claims.sessionId }).setProtectedHeader({ alg }).setJti('jti1').setSubject('999').setIssuedAt(1).setExpirationTime(claims.expiresAt).sign(key);
    const token = await jwt('HS256');
    expect(await signer.verify(token)).toEqual(claims);
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    expect(await signer.verify(token.slice(0, -1) + last)).toBeUndefined();
    expect(await signer.verify(await jwt('HS512'))).toBeUndefined();
  });

  it('rejects every other last character of the signature, also those that decode to the same bytes (a flake while only canonical spellings were compared)', async () => {
    const signer = createTokenSigner();
    const token = await signer.sign(claims, new Date('2023-08-04T21:30:00Z'));
    const fresh = createTokenSigner();
    fresh.restoreKey(signer.exportKey());
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const accepted: string[] = [];
    for (const char of alphabet) {
      if (char !== token.at(-1) && (await fresh.verify(token.slice(0, -1) + char)) !== undefined) accepted.push(char);
    }
    expect(accepted).toEqual([]);
    expect(await fresh.verify(token)).toEqual(claims);
  });

  it.each(['', 'abc', 'a.b.c', 'eyJhbGciOiJub25lIn0.eyJzaWQiOiJ4In0.', 'a.b.c.d', 'e30.e30.', '!!!.e30.AAAA'])('rejects the malformed token %j', async (token) => {
    expect(await createTokenSigner().verify(token)).toBeUndefined();
  });
});

describe('DEMO_CREDENTIALS', () => {
  it('is a JWT whose claims are the ones the lifecycle reads for it: the seeded P01 session, at the pinned clock', () => {
    const { sid, jti, sub, iat, exp } = decodeJwt(DEMO_CREDENTIALS.tokenId);
    expect({ sessionId: sid, tokenId: jti, userName: sub, expiresAt: exp }).toEqual(DEMO_CREDENTIALS.claims);
    expect(iat).toBe(Math.floor(Date.parse('2023-08-04T11:19:38.015Z') / 1000));
    expect(exp).toBe(Math.ceil(Date.parse('2023-08-04T23:19:38.015Z') / 1000));
    expect(DEMO_CREDENTIALS.refreshToken).toMatch(/^[A-Za-z0-9]{28}$/);
  });

  it('is not accepted by any signer: only the lifecycle recognises it, by the exact string', async () => {
    expect(await createTokenSigner().verify(DEMO_CREDENTIALS.tokenId)).toBeUndefined();
  });
});
