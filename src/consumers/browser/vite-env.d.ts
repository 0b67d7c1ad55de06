// `import.meta.env.DEV` of the browser recipe (main.ts). A Vite app has its types from vite/client (the
// reference Vite's templates put in src/vite-env.d.ts); here only the member the recipe reads is declared.
interface ImportMetaEnv {
  /** True under `vite` (the dev server), false in `vite build`. */
  readonly DEV: boolean;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
