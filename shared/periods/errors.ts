/** Bad period input. `field` names the input (e.g. "period.amount", "pauses[0].to"); the message says what was
 * expected. Never a wrong date instead. */
export class PeriodError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = "PeriodError";
    this.field = field;
  }
}
