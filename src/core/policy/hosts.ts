import type { Provider } from '../model';

const OPENAI_REGIONS = new Set(['us', 'eu', 'au', 'ca', 'jp', 'in', 'sg', 'kr', 'gb', 'ae']);

/** Who runs a host: OpenAI (with its data-residency region), Microsoft's Azure OpenAI, or someone else. */
export function classifyHost(host: string): { provider: Exclude<Provider, 'unknown'>; region?: string } {
  const h = host.toLowerCase().replace(/:\d+$/, '').replace(/\.$/, '');
  if (h === 'api.openai.com') return { provider: 'openai' };
  const regional = /^([a-z]{2})\.api\.openai\.com$/.exec(h);
  if (regional?.[1] && OPENAI_REGIONS.has(regional[1])) return { provider: 'openai', region: regional[1] };
  if (h === 'mtls.api.openai.com') return { provider: 'openai' };
  if (/\.openai\.azure\.com$/.test(h) || /\.cognitiveservices\.azure\.com$/.test(h) || /\.services\.ai\.azure\.com$/.test(h) || /\.azure\.openai\.com$/.test(h)) {
    return { provider: 'azure' };
  }
  return { provider: 'other' };
}
