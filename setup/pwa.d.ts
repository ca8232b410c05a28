// The service worker's registration, from vite-plugin-pwa (vite.config.ts builds the worker).
/// <reference types="vite-plugin-pwa/vue" />
