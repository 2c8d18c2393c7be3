/** Selectors over labStore and uiStore, kept here so components stay thin. */
import type { LabView } from './labStore';
import type { UiState } from './uiStore';

export const selectSession = (s: LabView) => s.session;
export const selectClock = (s: LabView) => s.clock;
export const selectShown = (s: LabView) => s.shown;
export const selectDeployments = (s: LabView) => s.shown.deployments;
export const selectNodes = (s: LabView) => s.shown.nodes;
export const selectFeed = (s: LabView) => s.shown.feed;
export const selectTimeline = (s: LabView) => s.timeline;
export const selectLiveNow = (s: LabView) => s.live.now;

/** The Deployment called `name` in the shown view. */
export const selectDeployment = (name: string) => (s: LabView) => s.shown.deployments.find((d) => d.name === name);

export const selectScrubAt = (s: UiState) => s.scrubAt;
export const selectSelection = (s: UiState) => s.selection;
export const selectTheme = (s: UiState) => s.theme;
export const selectSizes = (s: UiState) => s.sizes;
export const selectEditor = (s: UiState) => s.editor;
