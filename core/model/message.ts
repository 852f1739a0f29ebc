import { z } from "zod";

/** A bilingual message as stored or sent across a boundary (see core/i18n for building one). */
export const MessageSchema = z.object({
  code: z.string(),
  vi: z.string(),
  en: z.string(),
});
