/**
 * Wording and grouping for the links that leave Hearth (help directories, emergency lines). The opening
 * itself goes through main (links:openExternal), which asks the person first and opens only https.
 */
import type { HelpDirectory } from '@shared/content';

export type LinkOutcome = 'asking' | 'opened' | 'declined' | 'failed';

/** The address's host as people read it: "relate.org.uk", not "https://www.relate.org.uk/". */
export function displayHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** A calm line saying what happened after a link was pressed. */
export function outcomeText(outcome: LinkOutcome, url: string): string {
  const host = displayHost(url);
  switch (outcome) {
    case 'asking':
      return 'Hearth is asking whether to open your browser…';
    case 'opened':
      return `Opened ${host} in your browser.`;
    case 'declined':
      return 'Nothing was opened. You are still in Hearth.';
    case 'failed':
      return `That page could not be opened from here. You can type ${host} into your browser instead.`;
  }
}

export interface RegionGroup {
  region: string;
  directories: HelpDirectory[];
}

/** Directories grouped by the region they serve, regions in the order they first appear. */
export function groupByRegion(directories: readonly HelpDirectory[]): RegionGroup[] {
  const groups: RegionGroup[] = [];
  for (const directory of directories) {
    const group = groups.find((g) => g.region === directory.region);
    if (group) group.directories.push(directory);
    else groups.push({ region: directory.region, directories: [directory] });
  }
  return groups;
}
