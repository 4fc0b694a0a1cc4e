// A classic script in <head>: it runs before the app's modules, which it must configure.

// zod compiles parsers with `new Function` when it may; the Content-Security-Policy forbids it.
// Set where zod reads its configuration, before zod (and the shared schemas) are evaluated.
globalThis.__zod_globalConfig = Object.assign({}, globalThis.__zod_globalConfig, { jitless: true });

// The server writes this answer's Content-Security-Policy nonce into index.html; the DSFR reads
// `window.ssrNonce` when it adds its color-scheme <style> element.
(function () {
  var meta = document.querySelector('meta[name="csp-nonce"]');
  var nonce = meta && meta.getAttribute('content');
  if (nonce && nonce !== '__CSP_NONCE__') window.ssrNonce = nonce;
})();
