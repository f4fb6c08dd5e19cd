/** axe-core on the screen the resident sees; serious and critical violations are collected per screen. */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { settled } from './mini-app-harness';

export interface ScreenViolations {
  screen: string;
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

export class AxeAudit {
  readonly serious: ScreenViolations[] = [];
  /** Moderate and minor findings, for the record (not failures). */
  readonly minor: ScreenViolations[] = [];
  readonly screens: string[] = [];

  /** Runs axe once the route transition is over, so only one page is in the DOM. With MINI_APP_SHOTS=<dir>, also saves a screenshot of each screen there. */
  async check(page: Page, screen: string): Promise<void> {
    await settled(page);
    const results = await new AxeBuilder({ page }).analyze();
    if (process.env.MINI_APP_SHOTS) await page.screenshot({ path: `${process.env.MINI_APP_SHOTS}/${this.screens.length}-${screen.replace(/\W+/g, '-')}.png`, fullPage: true });
    this.screens.push(screen);
    for (const violation of results.violations) {
      const entry = { screen, id: violation.id, impact: violation.impact ?? 'unknown', help: violation.help, targets: violation.nodes.map((node) => node.target.join(' ')) };
      if (violation.impact === 'serious' || violation.impact === 'critical') this.serious.push(entry);
      else this.minor.push(entry);
    }
  }

  /** The failure message: every serious or critical violation with the screen and elements. */
  report(): string {
    return this.serious.map((v) => `[${v.screen}] ${v.impact} ${v.id}: ${v.help}\n    ${v.targets.slice(0, 5).join('\n    ')}`).join('\n');
  }
}
