import { queryOptions } from '@tanstack/react-query';
import { api, etag, type CompetencySettingsDto } from '../../api';

export const settingsKeys = {
  all: ['settings'] as const,
  competency: () => [...settingsKeys.all, 'competency'] as const,
};

export const settingsQueries = {
  competency: () => queryOptions({ queryKey: settingsKeys.competency(), queryFn: ({ signal }) => api.settings.getCompetency(signal) }),
};

export const settingsCommands = {
  /** With If-Match: thresholds changed meanwhile by another admin answer 412 instead of being overwritten. */
  updateCompetency: (version: number, body: CompetencySettingsDto) => api.settings.updateCompetency(etag(version), body),
};
