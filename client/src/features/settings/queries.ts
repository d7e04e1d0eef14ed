import { queryOptions } from '@tanstack/react-query';
import { api, etag, type CompetencySettingsDto, type TrainingSettingsDto } from '../../api';

export const settingsKeys = {
  all: ['settings'] as const,
  competency: () => [...settingsKeys.all, 'competency'] as const,
  training: () => [...settingsKeys.all, 'training'] as const,
};

export const settingsQueries = {
  competency: () => queryOptions({ queryKey: settingsKeys.competency(), queryFn: ({ signal }) => api.settings.getCompetency(signal) }),
  /** The yearly JP targets (PNS, PPPK); they share the settings row, and so its version, with the competency settings. */
  training: () => queryOptions({ queryKey: settingsKeys.training(), queryFn: ({ signal }) => api.settings.getTraining(signal) }),
};

export const settingsCommands = {
  /** With If-Match: thresholds changed meanwhile by another admin answer 412 instead of being overwritten. */
  updateCompetency: (version: number, body: CompetencySettingsDto) => api.settings.updateCompetency(etag(version), body),
  updateTraining: (version: number, body: TrainingSettingsDto) => api.settings.updateTraining(etag(version), body),
};
