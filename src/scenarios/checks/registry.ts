/** The closed vocabulary of check kinds: every kind a scenario may use, by name. */
import { commandNotUsed } from './commandNotUsed';
import { commandUsed } from './commandUsed';
import { deploymentComplete } from './deploymentComplete';
import { deploymentImage } from './deploymentImage';
import { eventSeen } from './eventSeen';
import { expr } from './expr';
import { fieldEquals } from './fieldEquals';
import { fieldMatches } from './fieldMatches';
import { fileContains } from './fileContains';
import { maxPodsDuringRollout } from './maxPodsDuringRollout';
import { minAvailableDuringRollout } from './minAvailableDuringRollout';
import { newServedBeforeOldGone } from './newServedBeforeOldGone';
import { failedRequests, noFailedRequests } from './noFailedRequests';
import { objectExists } from './objectExists';
import { oldAndNewOverlap } from './oldAndNewOverlap';
import { replicasReady } from './replicasReady';
import { revisionCount } from './revisionCount';
import { rollbackDuration } from './rollbackDuration';
import { rollbackCount, rolloutCount } from './rolloutCount';
import { rolloutHistoryContains } from './rolloutHistoryContains';
import { rolloutSequence } from './rolloutSequence';
import { strategyIs } from './strategyIs';
import { trafficShare } from './trafficShare';
import type { CheckKind } from './types';

/** Every check kind, in the order the README documents them. */
export const CHECK_KINDS: readonly CheckKind[] = [
  objectExists, fieldEquals, fieldMatches,
  deploymentComplete, deploymentImage, replicasReady, strategyIs, revisionCount, rolloutHistoryContains,
  eventSeen, commandUsed, commandNotUsed, fileContains,
  rolloutCount, rollbackCount, rolloutSequence, maxPodsDuringRollout, minAvailableDuringRollout, oldAndNewOverlap, rollbackDuration,
  noFailedRequests, failedRequests, trafficShare, newServedBeforeOldGone,
  expr,
];

const byName = new Map(CHECK_KINDS.map((k) => [k.kind, k]));

/** The kind named `name`, if it is in the vocabulary. */
export const findCheckKind = (name: string): CheckKind | undefined => byName.get(name);

/** Names of the combinators, which hold other checks. */
export const COMBINATORS = ['all', 'any', 'not'] as const;

/** Keys every check may carry beside its kind. */
export const COMMON_KEYS = ['id', 'message', 'after', 'latch'] as const;
