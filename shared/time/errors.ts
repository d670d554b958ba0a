/** Bad date or time input. `field` names the input that was wrong, the message says what was expected. */
export class DateInputError extends Error {
  readonly field: string;
  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = "DateInputError";
    this.field = field;
  }
}
