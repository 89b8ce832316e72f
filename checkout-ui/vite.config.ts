import react from '@vitejs/plugin-react';
import type { Plugin, ProxyOptions } from 'vite';
import { defineConfig } from 'vitest/config';

// The page only talks to its own origin (/api and /stream are proxied), so 'self' is enough.
// frame-ancestors is ignored in a <meta> tag, hence also sent as a header by `vite preview`.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

const SECURITY_HEADERS = {
  'Content-Security-Policy': `${CSP}; frame-ancestors 'none'`,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

function portFromEnv(): number {
  const raw = process.env.CHECKOUT_UI_PORT ?? '5173';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`CHECKOUT_UI_PORT must be a TCP port between 1 and 65535, got "${raw}"`);
  }
  return port;
}

/** Built pages carry their CSP wherever dist/ is served; the dev server needs inline scripts for HMR. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'checkout-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' },
    ],
  };
}

function stripPrefix(prefix: string) {
  return (path: string) => path.slice(prefix.length);
}

/** Server-sent events must reach the browser event by event: no compression, no caching proxies. */
const streamUnbuffered: ProxyOptions['configure'] = (proxy) => {
  proxy.on('proxyReq', (proxyReq) => proxyReq.setHeader('Accept-Encoding', 'identity'));
  proxy.on('proxyRes', (proxyRes) => {
    if (String(proxyRes.headers['content-type']).startsWith('text/event-stream')) {
      proxyRes.headers['cache-control'] = 'no-cache, no-transform';
      proxyRes.headers['x-accel-buffering'] = 'no';
    }
  });
};

const proxy: Record<string, ProxyOptions> = {
  '^/api/': {
    target: process.env.GATEWAY_URL ?? 'http://127.0.0.1:8080',
    changeOrigin: true,
    rewrite: stripPrefix('/api'),
  },
  '^/stream/': {
    target: process.env.NOTIFICATION_URL ?? 'http://127.0.0.1:8084',
    changeOrigin: true,
    rewrite: stripPrefix('/stream'),
    configure: streamUnbuffered,
  },
};

const port = portFromEnv();

export default defineConfig({
  plugins: [react(), contentSecurityPolicyMeta()],
  appType: 'spa', // /checkout/{id} falls back to index.html in dev and preview
  server: { host: '127.0.0.1', port, strictPort: true, proxy },
  preview: { host: '127.0.0.1', port, strictPort: true, proxy, headers: SECURITY_HEADERS },
  build: { sourcemap: false },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    // Two shared cores in CI: rendering with jsdom can take seconds under load.
    testTimeout: 15_000,
    restoreMocks: true,
    unstubGlobals: true,
  },
});
