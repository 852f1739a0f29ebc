import type { Message } from "../core/i18n";

/** A failure the user can act on: carries a catalogue message in both languages. */
export class UserError extends Error {
  constructor(readonly userMessage: Message) {
    super(userMessage.en);
    this.name = "UserError";
  }
}

export function isUserError(e: unknown): e is UserError {
  return e instanceof Error && e.name === "UserError" && "userMessage" in e;
}
