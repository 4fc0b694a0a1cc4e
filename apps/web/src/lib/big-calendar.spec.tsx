import { afterEach, describe, expect, test } from 'vitest';
import {
  calendarFormatsFor,
  calendarLocalizer,
  calendarMessages,
  repairCalendarRoles,
} from './big-calendar';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('repairCalendarRoles', () => {
  test("removes react-big-calendar's table roles from divs, keeps buttons and native tables", () => {
    document.body.innerHTML = `
      <div class="rbc-month-view" role="table" aria-label="Month View">
        <div class="rbc-row rbc-month-header" role="row">
          <div class="rbc-header"><span role="columnheader" aria-sort="none">lundi</span></div>
        </div>
        <div class="rbc-month-row" role="rowgroup">
          <div class="rbc-row-content" role="row">
            <div class="rbc-date-cell" role="cell"><button type="button">09</button></div>
            <div class="rbc-event" role="button" tabindex="0">Matin</div>
          </div>
        </div>
      </div>
      <div class="rbc-time-content"></div>
      <table class="rbc-agenda-table"><tbody><tr><td>mardi</td></tr></tbody></table>`;

    expect(repairCalendarRoles(document.body)).toBe(6);
    expect(
      document.querySelectorAll(
        '[role="table"], [role="row"], [role="rowgroup"], [role="cell"], [role="columnheader"]',
      ),
    ).toHaveLength(0);
    expect(document.querySelector('[aria-sort]')).toBeNull();
    expect(document.querySelector('.rbc-month-view')?.hasAttribute('aria-label')).toBe(false);
    expect(document.querySelector('.rbc-event')?.getAttribute('role')).toBe('button');
    expect(document.querySelector('table td')).not.toBeNull();
    // The week view's scrolling hours, even without events, are reachable with the keyboard.
    expect(document.querySelector<HTMLElement>('.rbc-time-content')?.tabIndex).toBe(0);
  });
});

describe('the calendar in both languages', () => {
  const tuesday = new Date(2026, 10, 3, 9, 0);

  test('French headings keep month names lowercase; English ones are English', () => {
    const dayHeading = (language: 'fr' | 'en') => {
      const format = calendarFormatsFor(language).dayHeaderFormat;
      return typeof format === 'function' ? format(tuesday, language, calendarLocalizer) : format;
    };
    expect(dayHeading('fr')).toBe('mardi 3 novembre 2026');
    expect(dayHeading('en')).toBe('Tuesday 3 November 2026');
  });

  test('the toolbar’s words follow the language', () => {
    expect(calendarMessages('Créneau', 'Rien.', 'fr').today).toBe("Aujourd'hui");
    const english = calendarMessages('Slot', 'Nothing.', 'en');
    expect([english.today, english.next, english.event]).toEqual(['Today', 'Next', 'Slot']);
    expect(english.showMore?.(2, [], [])).toBe('+ 2 more');
  });
});
