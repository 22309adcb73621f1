/** What the action tells the user in the log; an interface so pure steps need no runner. */
export interface Logger {
  info(message: string): void;
}
