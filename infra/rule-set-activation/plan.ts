// Rule-set activation, the decision: CloudFormation event + the account's active receipt rule set
// -> which set to make active and the physical id that remembers what to restore on delete.

/** What the handler knows when it decides. */
export interface ActivationState {
  requestType: 'Create' | 'Update' | 'Delete';
  /** Our rule set, from the resource's properties. */
  ruleSetName: string;
  /** The physical id CloudFormation holds for the resource (Update and Delete). */
  physicalResourceId: string | undefined;
  /** The set active in the account and region now, if any. */
  activeRuleSetName: string | undefined;
}

export interface ActivationPlan {
  /**
   * `{ activate: name }` makes that set active; `{ activate: undefined }` turns receiving off (no
   * active set); `restoreIfExists` tries a set that may have been deleted since and falls back to
   * turning receiving off.
   */
  action: { activate: string } | { restoreIfExists: string } | { deactivate: true } | 'nothing';
  physicalResourceId: string;
}

const SEPARATOR = '|restores:';

/** `<our set>|restores:<the set that was active before ours, or nothing>`. */
export function encodePhysicalId(ruleSetName: string, previous: string | undefined): string {
  return `${ruleSetName}${SEPARATOR}${previous ?? ''}`;
}

export function decodePhysicalId(
  physicalResourceId: string | undefined,
): { ruleSetName: string; previous: string | undefined } | undefined {
  const at = physicalResourceId?.indexOf(SEPARATOR) ?? -1;
  if (physicalResourceId === undefined || at < 0) return undefined;
  const previous = physicalResourceId.slice(at + SEPARATOR.length);
  return { ruleSetName: physicalResourceId.slice(0, at), previous: previous || undefined };
}

export function planActivation(state: ActivationState): ActivationPlan {
  const remembered = decodePhysicalId(state.physicalResourceId);
  if (state.requestType === 'Delete') {
    const physicalResourceId =
      state.physicalResourceId ?? encodePhysicalId(state.ruleSetName, undefined);
    // Someone made another set active since: theirs stays. Nothing was activated (a failed
    // create) or the id is not ours: nothing to undo.
    if (!remembered || state.activeRuleSetName !== remembered.ruleSetName) {
      return { action: 'nothing', physicalResourceId };
    }
    return {
      action: remembered.previous ? { restoreIfExists: remembered.previous } : { deactivate: true },
      physicalResourceId,
    };
  }
  // An update of the same set keeps what the create remembered; a new set name gets a new id,
  // and CloudFormation then deletes the old one, which finds the old set no longer active.
  const sameSet = state.requestType === 'Update' && remembered?.ruleSetName === state.ruleSetName;
  const previous = sameSet
    ? remembered?.previous
    : state.activeRuleSetName === state.ruleSetName
      ? undefined
      : state.activeRuleSetName;
  return {
    action: { activate: state.ruleSetName },
    physicalResourceId: encodePhysicalId(state.ruleSetName, previous),
  };
}
