/** readline's kill ring: consecutive kills append (or prepend), Ctrl-Y yanks the last one. */
export class KillRing {
  private ring: string[] = [];
  private lastWasKill = false;

  /** Records killed text; `backward` kills prepend to a running kill, as readline does. */
  kill(text: string, backward: boolean): void {
    if (text === '') return;
    if (this.lastWasKill && this.ring.length > 0) {
      const top = this.ring[this.ring.length - 1] ?? '';
      this.ring[this.ring.length - 1] = backward ? text + top : top + text;
    } else {
      this.ring.push(text);
      if (this.ring.length > 60) this.ring.shift();
    }
    this.lastWasKill = true;
  }

  /** Call after any key that is not a kill, so the next kill starts a new entry. */
  other(): void {
    this.lastWasKill = false;
  }

  yank(): string {
    return this.ring[this.ring.length - 1] ?? '';
  }
}
