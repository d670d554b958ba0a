/** Bad calendar input (impossible day, a year outside the supported range, a malformed arrangement). */
export class CalendarError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = "CalendarError";
    this.field = field;
  }
}
