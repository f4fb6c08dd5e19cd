/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The bot-server origin when the app is not served by it (inside Zalo: https://…). */
  readonly VITE_API_BASE?: string;
  /** The Official Account id for "Gặp cán bộ" when the server does not send one. */
}
