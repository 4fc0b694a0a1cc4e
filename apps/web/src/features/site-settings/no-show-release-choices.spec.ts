import { siteRulesSchema } from '@admz/shared';
import { describe, expect, it } from 'vitest';
import { listNoShowReleaseChoices } from './no-show-release-choices';

describe('listNoShowReleaseChoices', () => {
  it('offers the default 30 minutes among delays the rules accept', () => {
    const choices = listNoShowReleaseChoices(null);
    expect(choices).toContain(30);
    for (const minutes of choices) {
      expect(siteRulesSchema.shape.noShowReleaseMinutes.safeParse(minutes).success).toBe(true);
    }
  });

  it('keeps a saved delay that is not a usual one, in order', () => {
    const choices = listNoShowReleaseChoices(20);
    expect(choices.slice(0, 3)).toEqual([15, 20, 30]);
    expect(listNoShowReleaseChoices(30).filter((minutes) => minutes === 30)).toHaveLength(1);
  });
});
