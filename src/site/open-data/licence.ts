// The terms the pages and downloads show for the site's licence (its wording is in src/domain/licence.ts).
import { licenceTerms, ownTerms, type LicenceTerms } from '../../domain/licence.ts';
import type { SiteConfig } from '../../domain/types.ts';

/** The terms of the site's licence: the one chosen by identifier, or the council's own. */
export function siteLicence(site: Pick<SiteConfig, 'licence' | 'licenceId' | 'organisation'>): LicenceTerms {
  return site.licenceId === null ? ownTerms(site.licence) : licenceTerms(site.licenceId, site.organisation);
}
